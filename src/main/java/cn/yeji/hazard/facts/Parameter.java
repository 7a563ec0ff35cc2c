package cn.yeji.hazard.facts;

/**
 * A number officers tune without editing DRL (a threshold, a period, a count), read from a pack's
 * {@code parameters.yaml}. Rules bind it by name, e.g.
 * {@code Parameter(name == "drillIntervalMonths", $months : intValue)}.
 *
 * @param intValue the value as a whole number (parameters of type integer)
 * @param doubleValue the value as a decimal (parameters of type decimal, and integers too)
 */
public record Parameter(String pack, String name, int intValue, double doubleValue) {
}

package cn.yeji.hazard.facts;

/**
 * A span that has ended and can be judged: the year, one of its halves or one of its quarters.
 * A span still running is not a fact, so no rule can find it short before it is over.
 *
 * @param index 1 for a year; 1-2 for a half; 1-4 for a quarter
 * @param label how a report names it: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}
 */
public record Period(PeriodKind kind, int year, int index, String label) {
}

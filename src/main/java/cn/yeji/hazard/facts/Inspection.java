package cn.yeji.hazard.facts;

import java.time.LocalDate;

/**
 * The inspection itself: its reference date is where every period is measured back from, e.g.
 * {@code Inspection($cutoff : referenceDate.minusMonths(12))}.
 */
public record Inspection(LocalDate referenceDate, Channel channel, String inspector) {
}

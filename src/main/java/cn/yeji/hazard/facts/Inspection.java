package cn.yeji.hazard.facts;

import java.time.LocalDate;

/** The inspection itself: its reference date is where every period is measured back from. */
public record Inspection(LocalDate referenceDate, Channel channel, String inspector) {

	/** True when {@code date} lies more than {@code months} months before the reference date. */
	public boolean olderThanMonths(LocalDate date, int months) {
		return date.isBefore(referenceDate.minusMonths(months));
	}

}

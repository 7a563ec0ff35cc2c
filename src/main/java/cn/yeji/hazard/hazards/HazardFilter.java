package cn.yeji.hazard.ledger;

import java.time.LocalDate;

/** What a listing or an export is narrowed to; {@code null} narrows nothing. */
record HazardFilter(String facilityId, String township, String ruleId, String level, HazardStatus status,
		String channel, Boolean overdue, Boolean escalated, LocalDate from, LocalDate to) {
}

package cn.yeji.hazard.hazards;

import java.time.LocalDate;

/**
 * What a listing or an export is narrowed to; {@code null} narrows nothing. Built by name
 * ({@code HazardFilter.NONE.township(t).status(s)}), because ten positional arguments of which most are
 * {@code null} read as noise and swap silently.
 */
record HazardFilter(String facilityId, String township, String ruleId, String level, HazardStatus status,
		String channel, Boolean overdue, Boolean escalated, LocalDate from, LocalDate to) {

	static final HazardFilter NONE = new HazardFilter(null, null, null, null, null, null, null, null, null, null);

	static HazardFilter of(String facilityId) {
		return NONE.facilityId(facilityId);
	}

	HazardFilter facilityId(String value) {
		return new HazardFilter(value, township, ruleId, level, status, channel, overdue, escalated, from, to);
	}

	HazardFilter township(String value) {
		return new HazardFilter(facilityId, value, ruleId, level, status, channel, overdue, escalated, from, to);
	}

	HazardFilter ruleId(String value) {
		return new HazardFilter(facilityId, township, value, level, status, channel, overdue, escalated, from, to);
	}

	HazardFilter level(String value) {
		return new HazardFilter(facilityId, township, ruleId, value, status, channel, overdue, escalated, from, to);
	}

	HazardFilter status(HazardStatus value) {
		return new HazardFilter(facilityId, township, ruleId, level, value, channel, overdue, escalated, from, to);
	}

	HazardFilter channel(String value) {
		return new HazardFilter(facilityId, township, ruleId, level, status, value, overdue, escalated, from, to);
	}

	HazardFilter overdue(Boolean value) {
		return new HazardFilter(facilityId, township, ruleId, level, status, channel, value, escalated, from, to);
	}

	HazardFilter escalated(Boolean value) {
		return new HazardFilter(facilityId, township, ruleId, level, status, channel, overdue, value, from, to);
	}

	/** Found on or after {@code from}, on or before {@code to}. */
	HazardFilter found(LocalDate from, LocalDate to) {
		return new HazardFilter(facilityId, township, ruleId, level, status, channel, overdue, escalated, from, to);
	}

}

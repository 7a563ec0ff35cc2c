package cn.yeji.hazard.hazards;

import java.time.LocalDate;

/** The few columns of a ledger entry that statistics read. */
public record HazardFact(long id, String facilityId, String facilityName, String township, String ruleId, String level,
		String channel, String status, LocalDate foundOn, LocalDate deadline, LocalDate closedOn, int refusals) {

	public boolean closed() {
		return "CLOSED".equals(status);
	}

	public boolean overdueOn(LocalDate today) {
		return !closed() && deadline != null && deadline.isBefore(today);
	}

	/** Open at the end of {@code day}: found by then and not closed by then. */
	public boolean openAt(LocalDate day) {
		return !foundOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
	}

}

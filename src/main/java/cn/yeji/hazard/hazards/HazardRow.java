package cn.yeji.hazard.hazards;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A ledger entry as stored. */
record HazardRow(long id, String facilityId, String facilityName, String township, String ruleId, String level,
		String title, String channel, LocalDate foundOn, String evidenceJson, Long inspectionId, Long complaintId,
		String rectificationUnit, String responsiblePerson, LocalDate deadline, String measures, String funding,
		String interimControls, HazardStatus status, boolean escalated, String escalationReason, int refusals,
		String acceptedBy, LocalDate acceptedOn, String acceptanceNote, LocalDate closedOn, OffsetDateTime openedAt,
		int version) {

	/** Not closed and past its deadline: derived, never stored, so it is right on any day. */
	public boolean overdueOn(LocalDate today) {
		return status != HazardStatus.CLOSED && deadline != null && deadline.isBefore(today);
	}

	boolean hasAssignment() {
		return rectificationUnit != null && responsiblePerson != null && deadline != null;
	}

	HazardRow withAssignment(String unit, String person, LocalDate newDeadline, String newMeasures, String newFunding,
			String newInterimControls) {
		return new HazardRow(id, facilityId, facilityName, township, ruleId, level, title, channel, foundOn,
				evidenceJson, inspectionId, complaintId, unit, person, newDeadline, newMeasures, newFunding,
				newInterimControls, status, escalated, escalationReason, refusals, acceptedBy, acceptedOn,
				acceptanceNote, closedOn, openedAt, version);
	}

	/** Moved to {@code to}; a refusal counts, a closure carries its acceptance record. */
	HazardRow movedTo(HazardStatus to, String acceptor, LocalDate acceptedDay, String acceptanceText) {
		boolean closing = to == HazardStatus.CLOSED;
		return new HazardRow(id, facilityId, facilityName, township, ruleId, level, title, channel, foundOn,
				evidenceJson, inspectionId, complaintId, rectificationUnit, responsiblePerson, deadline, measures, funding,
				interimControls, to, escalated, escalationReason, refusals + (status.isRefusal(to) ? 1 : 0),
				closing ? acceptor : acceptedBy, closing ? acceptedDay : acceptedOn,
				closing ? acceptanceText : acceptanceNote, closing ? acceptedDay : null, openedAt, version);
	}

	HazardRow escalatedFor(String reason) {
		return new HazardRow(id, facilityId, facilityName, township, ruleId, level, title, channel, foundOn,
				evidenceJson, inspectionId, complaintId, rectificationUnit, responsiblePerson, deadline, measures, funding,
				interimControls, status, true, reason, refusals, acceptedBy, acceptedOn, acceptanceNote, closedOn,
				openedAt, version);
	}

}

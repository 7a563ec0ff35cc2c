package cn.yeji.hazard.ledger;

import java.time.LocalDate;

/** The changes an officer makes to a ledger entry, each on the version they last saw. */
final class HazardCommands {

	private HazardCommands() {
	}

	record Assign(int version, String actor, String rectificationUnit, String responsiblePerson, LocalDate deadline,
			String measures, String funding, String interimControls, String note) {
	}

	record Move(int version, String actor, HazardStatus to, String note, Acceptance acceptance) {
	}

	record Acceptance(String acceptedBy, LocalDate acceptedOn, String note) {
	}

	record Escalate(int version, String actor, String reason) {
	}

}

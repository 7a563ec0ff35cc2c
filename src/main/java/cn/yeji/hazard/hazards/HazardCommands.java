package cn.yeji.hazard.hazards;

import java.time.LocalDate;

import cn.yeji.hazard.api.model.AcceptanceDto;
import cn.yeji.hazard.api.model.AssignmentDto;
import cn.yeji.hazard.api.model.EscalationRequestDto;
import cn.yeji.hazard.api.model.TransitionDto;

/**
 * The changes an officer makes to a ledger entry, each on the version they last saw; read from the API's
 * bodies in one place, whether they came as JSON or from a console form.
 */
final class HazardCommands {

	private HazardCommands() {
	}

	record Assign(int version, String actor, String rectificationUnit, String responsiblePerson, LocalDate deadline,
			String measures, String funding, String interimControls, String note) {

		static Assign of(AssignmentDto a) {
			return new Assign(a.getVersion(), a.getActor(), a.getRectificationUnit(), a.getResponsiblePerson(),
					a.getDeadline(), a.getMeasures(), a.getFunding(), a.getInterimControls(), a.getNote());
		}

	}

	record Move(int version, String actor, HazardStatus to, String note, Acceptance acceptance) {

		static Move of(TransitionDto t) {
			AcceptanceDto a = t.getAcceptance();
			Acceptance acceptance = a == null ? null : new Acceptance(a.getAcceptedBy(), a.getAcceptedOn(), a.getNote());
			return new Move(t.getVersion(), t.getActor(), HazardStatus.valueOf(t.getTo().getValue()), t.getNote(),
					acceptance);
		}

	}

	record Acceptance(String acceptedBy, LocalDate acceptedOn, String note) {
	}

	record Escalate(int version, String actor, String reason) {

		static Escalate of(EscalationRequestDto e) {
			return new Escalate(e.getVersion(), e.getActor(), e.getReason());
		}

	}

}

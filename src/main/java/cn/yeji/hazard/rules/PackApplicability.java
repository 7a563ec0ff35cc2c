package cn.yeji.hazard.rules;

/**
 * Whether a determination pack judges a request, and if not, why: the one decision both judging and the
 * explanation read, so a new reason (a pack's date window) is added here once.
 *
 * @param reason {@code null} when the pack applies
 */
public record PackApplicability(RulePack pack, Reason reason) {

	/** Why a pack does not judge a request. */
	public enum Reason {
		/** The region code does not start with the pack's jurisdiction. */
		JURISDICTION,
		/** The facility's kind is not among the pack's {@code facilityKinds}. */
		FACILITY_KIND
	}

	public boolean applies() {
		return reason == null;
	}

}

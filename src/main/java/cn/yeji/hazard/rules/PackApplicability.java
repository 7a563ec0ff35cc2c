package cn.yeji.hazard.rules;

/**
 * Whether and how one pack judges a determination, and why, in Chinese: for REFERENCE and DRAFT the note a
 * finding's basis carries, for NOT_APPLICABLE what kept the pack out.
 */
public record PackApplicability(RulePack pack, PackStatus status, String reason) {

	public boolean applies() {
		return status.applies();
	}

}

package cn.yeji.hazard.rules;

/**
 * Whether and how one pack judges a determination, and why, in Chinese: for REFERENCE and DRAFT the note a
 * finding's basis carries, for NOT_APPLICABLE what kept the pack out. Judging, coverage and the explanation
 * all read this one decision.
 *
 * @param outOf which request fact kept the pack out; {@code null} when it judges
 */
public record PackApplicability(RulePack pack, PackStatus status, String reason, OutOf outOf) {

	/** What rules a pack out, so an explanation can cite the request's fact that did. */
	public enum OutOf {
		/** The region code does not start with the pack's jurisdiction ({@code facility.regionCode}). */
		JURISDICTION,
		/** The facility's kind is not among the pack's {@code facilityKinds} ({@code facility.kind}). */
		FACILITY_KIND,
		/** The reference date lies outside the pack's window ({@code inspection.date}). */
		DATE_WINDOW
	}

	static PackApplicability judging(RulePack pack, PackStatus status, String note) {
		return new PackApplicability(pack, status, note, null);
	}

	static PackApplicability out(RulePack pack, OutOf outOf, String reason) {
		return new PackApplicability(pack, PackStatus.NOT_APPLICABLE, reason, outOf);
	}

	public boolean applies() {
		return status.applies();
	}

}

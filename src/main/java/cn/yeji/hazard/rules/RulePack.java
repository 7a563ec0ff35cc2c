package cn.yeji.hazard.rules;

/**
 * A guideline pack: a folder under the rules folder with a {@code pack.yaml} descriptor.
 *
 * @param id the folder name, e.g. {@code yeji-341504}
 * @param jurisdiction the region-code prefix the pack applies to; empty for national packs
 * @param rulePrefix every rule id of the pack starts with it, e.g. {@code YJ-}
 * @param drlPackage the DRL {@code package} every file of the pack declares
 * @param purpose what the pack's rules decide: {@link #DETERMINATION} (hazard findings, the default) or
 * {@link #COMPLIANCE} (inspection, training and drill cadences)
 */
public record RulePack(String id, String name, String jurisdiction, String rulePrefix, String drlPackage,
		String purpose) {

	public static final String DETERMINATION = "determination";

	public static final String COMPLIANCE = "compliance";

	public boolean isCompliance() {
		return COMPLIANCE.equals(purpose);
	}

	/** National packs apply everywhere; a regional pack applies where the region code starts with its prefix. */
	public boolean appliesTo(String regionCode) {
		return regionCode != null && regionCode.startsWith(jurisdiction);
	}

}

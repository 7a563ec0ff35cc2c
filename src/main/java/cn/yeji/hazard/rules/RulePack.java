package cn.yeji.hazard.rules;

import java.util.List;

import cn.yeji.hazard.facts.FacilityKind;

/**
 * A guideline pack: a folder under the rules folder with a {@code pack.yaml} descriptor.
 *
 * @param id the folder name, e.g. {@code yeji-341504}
 * @param jurisdiction the region-code prefix the pack applies to; empty for national packs
 * @param rulePrefix every rule id of the pack starts with it, e.g. {@code YJ-}
 * @param drlPackage the DRL {@code package} every file of the pack declares
 * @param purpose what the pack's rules decide: {@link #DETERMINATION} (hazard findings, the default) or
 * {@link #COMPLIANCE} (inspection, training and drill cadences)
 * @param facilityKinds the facility kinds the pack judges ({@code pack.yaml} {@code facilityKinds}); empty: every kind
 */
public record RulePack(String id, String name, String jurisdiction, String rulePrefix, String drlPackage,
		String purpose, List<FacilityKind> facilityKinds) {

	public RulePack {
		facilityKinds = facilityKinds == null ? List.of() : List.copyOf(facilityKinds);
	}

	/** A pack for every facility kind. */
	public RulePack(String id, String name, String jurisdiction, String rulePrefix, String drlPackage, String purpose) {
		this(id, name, jurisdiction, rulePrefix, drlPackage, purpose, List.of());
	}

	public static final String DETERMINATION = "determination";

	public static final String COMPLIANCE = "compliance";

	public boolean isCompliance() {
		return COMPLIANCE.equals(purpose);
	}

	/** National packs apply everywhere; a regional pack applies where the region code starts with its prefix. */
	public boolean appliesTo(String regionCode) {
		return regionCode != null && regionCode.startsWith(jurisdiction);
	}

	/**
	 * Whether the pack judges facilities of this kind: every kind when {@code facilityKinds} is empty. The MCA 2023
	 * standard is written for 养老机构 and lists only INSTITUTION (contract v1.1 §7 item 10).
	 */
	public boolean appliesTo(FacilityKind kind) {
		return facilityKinds.isEmpty() || facilityKinds.contains(kind == null ? FacilityKind.INSTITUTION : kind);
	}

}

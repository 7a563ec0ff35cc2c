package cn.yeji.hazard.rules;

import java.time.LocalDate;
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
 * @param validity the dates between which the text is in force, and what happens after
 * @param issued the document number and date a local guideline was issued under; {@code null} while it is a draft
 * @param notEncoded articles of the pack's sources (or of the text that replaced it) that no rule checks
 */
public record RulePack(String id, String name, String jurisdiction, String rulePrefix, String drlPackage,
		String purpose, List<FacilityKind> facilityKinds, Validity validity, Issued issued, List<NotEncoded> notEncoded) {

	public RulePack {
		facilityKinds = facilityKinds == null ? List.of() : List.copyOf(facilityKinds);
		validity = validity == null ? Validity.ALWAYS : validity;
		notEncoded = notEncoded == null ? List.of() : List.copyOf(notEncoded);
	}

	/** A pack for these facility kinds, in force on every date, issued, with nothing declared unencoded. */
	public RulePack(String id, String name, String jurisdiction, String rulePrefix, String drlPackage, String purpose,
			List<FacilityKind> facilityKinds) {
		this(id, name, jurisdiction, rulePrefix, drlPackage, purpose, facilityKinds, Validity.ALWAYS, null, List.of());
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

	/**
	 * A local guideline (a pack with a jurisdiction) is a draft until {@code pack.yaml} names the document number and
	 * date it was issued under. National standards are published texts: they are never drafts here.
	 */
	public boolean isDraft() {
		return !jurisdiction.isEmpty() && issued == null;
	}

	/**
	 * {@code effectiveFrom} .. {@code effectiveTo} (either open), and whether past {@code effectiveTo} the pack still
	 * judges as reference only ({@code afterExpiry: REFERENCE}) and what replaced it ({@code supersededBy}).
	 */
	public record Validity(LocalDate from, LocalDate to, boolean referenceAfterExpiry, String supersededBy) {

		public static final Validity ALWAYS = new Validity(null, null, false, null);

		boolean notYet(LocalDate date) {
			return from != null && date.isBefore(from);
		}

		boolean expired(LocalDate date) {
			return to != null && date.isAfter(to);
		}

	}

	/** The document number and date a guideline was issued under, e.g. 叶民〔2026〕12号, 2026-03-01. */
	public record Issued(String number, LocalDate date) {
	}

	/**
	 * An article no rule checks, so a clean verdict never reads as "nothing wrong anywhere". {@code note} describes
	 * what is known of it; it never quotes the text. {@code from}: listed only for reference dates on or after it
	 * (the day a replacing text took effect); {@code null}: always.
	 */
	public record NotEncoded(String document, String clause, String note, LocalDate from) {

		public boolean listedOn(LocalDate date) {
			return from == null || !date.isBefore(from);
		}

	}

}

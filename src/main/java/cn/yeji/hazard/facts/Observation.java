package cn.yeji.hazard.facts;

import java.util.List;

/**
 * Something the inspector saw. {@code clause}, {@code crowded} and {@code ratioCode} come from the
 * observation catalog, so a rule can select observations by the clause they feed.
 *
 * @param variant which case of the code the inspector chose (细分情形), {@code null} when none was given
 * @param alsoClause the GB 35181 element the observation also counts as (from the catalog: the chosen variant's
 * {@code alsoCounts}), {@code null} when none
 * @param alsoCrowded whether {@code alsoClause} is an element of the crowded-place subset
 * @param variantOpen the code has variants that count toward an element and the inspector chose none, so which
 * element it also counts as (if any) depends on a fact nobody gave
 * @param variantOptions when {@code variantOpen}: one option per variant of the code, the element it would
 * count as ({@link ElementOption#clause()} {@code null} for a variant that counts toward nothing more)
 */
public record Observation(String path, String code, String clause, boolean crowded, boolean ratioCode,
		boolean correctableOnSpot, Double ratio, String buildingId, String variant, String alsoClause,
		boolean alsoCrowded, boolean variantOpen, List<ElementOption> variantOptions) implements Fact {

	public Observation {
		variantOptions = variantOptions == null ? List.of() : List.copyOf(variantOptions);
	}

	/** An observation of a code without variants (as catalog v1 had them). */
	public Observation(String path, String code, String clause, boolean crowded, boolean ratioCode,
			boolean correctableOnSpot, Double ratio, String buildingId) {
		this(path, code, clause, crowded, ratioCode, correctableOnSpot, ratio, buildingId, null, null, false, false,
				List.of());
	}

}

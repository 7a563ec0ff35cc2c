package cn.yeji.hazard.facts;

/**
 * Something the inspector saw. {@code clause}, {@code crowded} and {@code ratioCode} come from the
 * observation catalog, so a rule can select observations by the clause they feed.
 */
public record Observation(String path, String code, String clause, boolean crowded, boolean ratioCode,
		boolean correctableOnSpot, Double ratio, String buildingId) implements Fact {
}

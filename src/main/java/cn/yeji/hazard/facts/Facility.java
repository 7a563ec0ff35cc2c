package cn.yeji.hazard.facts;

/** The facility under judgement; counts are {@code null} when nobody said. */
public record Facility(String id, String name, String regionCode, String township, FacilityKind kind,
		Integer bedCount, Integer residentCount, Integer dependentResidentCount) implements Fact {

	@Override
	public String path() {
		return "facility";
	}

	/**
	 * Whether disabled and semi-disabled residents (失能、半失能) are at least {@code share} of the residents, a
	 * facility with no residents never being one (contract v1.1 §7 item 8): {@code true}, {@code false}, or
	 * {@code null} when the counts nobody gave could make it either. An unknown count is any count the known
	 * one allows ({@code 0 <= dependentResidentCount <= residentCount}).
	 */
	public Boolean dependentShareReaches(double share) {
		if (residentCount != null) {
			if (residentCount == 0) {
				return false;
			}
			if (dependentResidentCount != null) {
				return dependentResidentCount >= residentCount * share;
			}
			return share <= 0 ? Boolean.TRUE : null; // 0 dependents reach only a share of 0; all residents reach any
		}
		if (dependentResidentCount == null) {
			return null;
		}
		if (dependentResidentCount == 0) {
			// no residents: does not apply; some residents: 0 dependents reach only a share of 0
			return share <= 0 ? null : Boolean.FALSE;
		}
		// residents >= dependents > 0: as many residents as dependents reaches the share, very many do not
		return share <= 0 ? Boolean.TRUE : null;
	}

}

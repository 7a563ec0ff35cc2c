package cn.yeji.hazard.facts;

/** The facility under judgement; counts are {@code null} when nobody said. */
public record Facility(String id, String name, String regionCode, String township, FacilityKind kind,
		Integer bedCount, Integer residentCount, Integer dependentResidentCount) implements Fact {

	@Override
	public String path() {
		return "facility";
	}

}

package cn.yeji.hazard.facts;

/** A building of the facility; every judged attribute is {@code null} when unknown. */
public record Building(String path, String id, String name, BuildingGrade dangerousBuildingGrade,
		Boolean housingAuthorityMajorRisk, SandwichPanel sandwichPanel, Decoration combustibleDecoration,
		Boolean highRise, Boolean underground, Boolean elderlyRoomsOnNonCompliantFloor, Boolean commercialSelfBuilt,
		FireAcceptance fireAcceptance) implements Fact {
}

package cn.yeji.hazard.facts;

/** One piece of special equipment (特种设备). */
public record SpecialEquipment(String path, String id, EquipmentCategory category, Boolean inService,
		Boolean manufactureLicensed, InspectionStatus inspectionStatus, Boolean stateEliminated, Boolean scrapped)
		implements Fact {
}

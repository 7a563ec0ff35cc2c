package cn.yeji.hazard.facts;

/** Kind of special equipment (特种设备). */
public enum EquipmentCategory {

	ELEVATOR, BOILER, PRESSURE_VESSEL, OXYGEN_PIPELINE, OTHER

}

package cn.yeji.hazard.facts;

/** A safety-relevant post that needs a certificate. */
public enum StaffRole {

	SPECIAL_EQUIPMENT_SAFETY_MANAGER, SPECIAL_EQUIPMENT_OPERATOR, SPECIAL_EQUIPMENT_TESTER, FIRE_CONTROL_ROOM_OPERATOR

}

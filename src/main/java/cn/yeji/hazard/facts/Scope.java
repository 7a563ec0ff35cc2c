package cn.yeji.hazard.facts;

/** What an authority finding covers. */
public enum Scope {

	FIRE_DESIGN, FIRE_SYSTEMS, ELECTRICAL, GAS, STRUCTURE, OTHER

}

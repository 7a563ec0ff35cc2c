package cn.yeji.hazard.facts;

/** Who issued an authority finding. */
public enum Issuer {

	HOUSING, FIRE_RESCUE, THIRD_PARTY, OTHER_AUTHORITY

}

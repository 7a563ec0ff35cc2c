package cn.yeji.hazard.facts;

/** Fire acceptance or filing status (消防验收/备案) of a building. */
public enum FireAcceptance {

	ACCEPTED, FILED, MISSING, NOT_REQUIRED

}

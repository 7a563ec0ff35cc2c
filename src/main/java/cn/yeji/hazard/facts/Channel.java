package cn.yeji.hazard.facts;

/** How a hazard came to light. */
public enum Channel {

	SELF_CHECK, SUPERVISORY_INSPECTION, JOINT_INSPECTION, PUBLIC_REPORT, THIRD_PARTY_ASSESSMENT

}

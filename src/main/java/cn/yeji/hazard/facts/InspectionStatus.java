package cn.yeji.hazard.facts;

/** Periodic inspection status of special equipment. */
public enum InspectionStatus {

	PASSED, FAILED, NOT_INSPECTED, OVERDUE

}

package cn.yeji.hazard.facts;

/** What the cadence rules count (tasks 一 and 五 of the district plan). */
public enum ActivityKind {

	/** 区民政局对养老服务机构的检查 */
	DISTRICT_CHECK,
	/** 机构主要负责人组织的重大事故隐患排查整治检查 */
	SELF_CHECK,
	/** 面向全体工作人员的安全培训 */
	STAFF_TRAINING,
	/** 疏散逃生演练 */
	EVACUATION_DRILL,
	/** 乡镇（街道）民政办组织的机构主要负责人和安全管理人员安全管理业务培训 */
	PRINCIPAL_TRAINING

}

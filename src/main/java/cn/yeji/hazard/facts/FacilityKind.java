package cn.yeji.hazard.facts;

/** Kind of facility (养老机构 or 社区养老服务设施). */
public enum FacilityKind {

	INSTITUTION, COMMUNITY_FACILITY

}

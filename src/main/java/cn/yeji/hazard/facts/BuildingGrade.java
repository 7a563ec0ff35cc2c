package cn.yeji.hazard.facts;

/** 危险房屋鉴定等级 of a building. */
public enum BuildingGrade {

	A, B, C, D, NOT_APPRAISED

}

package cn.yeji.hazard.facts;

/** How grave a finding is: major hazard, general hazard, or needs expert review. */
public enum Level {

	MAJOR, GENERAL, REVIEW

}

package cn.yeji.hazard.facts;

/** The spans a cadence is counted over. */
public enum PeriodKind {
	YEAR, HALF, QUARTER
}

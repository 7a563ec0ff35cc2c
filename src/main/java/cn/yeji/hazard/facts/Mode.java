package cn.yeji.hazard.facts;

/** How a finding was reached: one fact, a count of elements, or expert judgement. */
public enum Mode {

	DIRECT, COMBINED, EXPERT

}

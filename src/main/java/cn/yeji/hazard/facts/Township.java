package cn.yeji.hazard.facts;

/** A township (乡镇、街道) whose civil-affairs office the cadence rules judge. */
public record Township(String name) {
}

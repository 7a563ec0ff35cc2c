package cn.yeji.hazard.facts;

/** An elderly care institution the cadence rules judge. */
public record Institution(String facilityId, String name, String township) {
}

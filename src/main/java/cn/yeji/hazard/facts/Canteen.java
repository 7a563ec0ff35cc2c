package cn.yeji.hazard.facts;

/** The facility's own canteen (内设食堂). */
public record Canteen(String path, Boolean present, Boolean foodBusinessLicense) implements Fact {
}

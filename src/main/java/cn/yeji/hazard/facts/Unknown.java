package cn.yeji.hazard.facts;

/** A whole section of the request that was omitted, e.g. {@code buildings}: nobody said. */
public record Unknown(String path) {
}

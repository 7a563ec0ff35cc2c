package cn.yeji.hazard.facts;

/** A fact that made a rule fire: where it stood in the request and its value. */
public record Evidence(String path, Object value) {
}

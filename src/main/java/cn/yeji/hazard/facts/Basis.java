package cn.yeji.hazard.facts;

/** A legal or standard source a rule cites. */
public record Basis(String document, String clause) {
}

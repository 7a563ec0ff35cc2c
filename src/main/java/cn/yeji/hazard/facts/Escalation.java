package cn.yeji.hazard.facts;

/** A matter that needs the district government (提级治理). */
public record Escalation(String ruleId, String reason) {
}

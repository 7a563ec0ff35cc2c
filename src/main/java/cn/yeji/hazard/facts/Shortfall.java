package cn.yeji.hazard.facts;

import java.util.List;

/**
 * A cadence not met: who ({@code subject}, a facility id or a township), in which period, and why.
 * Concluded by the rules of a compliance pack; title, basis and advice come from the rule's metadata.
 */
public record Shortfall(String ruleId, String title, String subjectType, String subject, String subjectName,
		String township, String period, String reason, List<Basis> basis, String advice) {
}

package cn.yeji.hazard.rules;

import java.util.List;

import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.facts.Mode;

/** A rule that concludes findings, as officers and clients see it. */
public record RuleInfo(String ruleId, String name, Level level, Mode mode, String title, List<Basis> basis,
		String advice, String confidence, String pack, String jurisdiction, String file) {
}

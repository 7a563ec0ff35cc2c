package cn.yeji.hazard.engine;

import java.util.List;

import cn.yeji.hazard.facts.Escalation;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.facts.Shortfall;

/** What the rules concluded for one set of facts, in no particular order. */
public record Outcome(List<Finding> findings, List<Missing> missing, List<Escalation> escalations,
		List<Shortfall> shortfalls) {
}

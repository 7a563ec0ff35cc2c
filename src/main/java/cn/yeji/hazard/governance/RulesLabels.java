package cn.yeji.hazard.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.determination.FactLabels;
import cn.yeji.hazard.rules.ReloadAttempt.Outcome;
import cn.yeji.hazard.system.Labels;

/**
 * The rules pages' words for what the API writes as codes ({@code @rulesLabels} in a template): reload
 * outcomes and triggers, how sure a rule's text is, and the outcomes a revision changes. The words are the
 * shared ones ({@link Labels}), so a page names a level or verdict as the inspection pages do.
 */
@Component("rulesLabels")
class RulesLabels {

	private final FactLabels facts;

	RulesLabels(FactLabels facts) {
		this.facts = facts;
	}

	public String outcome(Outcome outcome) {
		return Labels.of("reloadOutcome", outcome.name());
	}

	/** How an activation came about (ruleset_activation.source). */
	public String source(String source) {
		return Labels.of("activationSource", source);
	}

	public String status(String status) {
		return Labels.of("revisionStatus", status);
	}

	public String changeKind(String kind) {
		return Labels.of("changeKind", kind);
	}

	public String trigger(String trigger) {
		return Labels.of("trigger", trigger);
	}

	public String confidence(String confidence) {
		return Labels.of("confidence", confidence);
	}

	/** A level or mode, or 不适用 for a compliance rule, which has neither. */
	public String value(Object value) {
		return value == null ? "不适用" : facts.value(value);
	}

	/**
	 * A case's verdict before or after a revision; a compliance case's outcome, or a request refused, reads
	 * as its {@code caseOutcome} beside the determination verdicts.
	 */
	public String verdict(String verdict) {
		return Labels.has("caseOutcome", verdict) ? Labels.of("caseOutcome", verdict) : facts.value(verdict);
	}

	/** {@code GB35181-7.2.2:GENERAL} → GB35181-7.2.2（一般隐患）; a shortfall's key stays as it is. */
	public List<String> findings(List<String> keys) {
		return keys.stream().map(k -> {
			int colon = k.lastIndexOf(':');
			return colon < 0 ? k : k.substring(0, colon) + "（" + facts.value(k.substring(colon + 1)) + "）";
		}).toList();
	}

}

package cn.yeji.hazard.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.kie.api.runtime.rule.RuleContext;

import cn.yeji.hazard.facts.Element;
import cn.yeji.hazard.facts.Escalation;
import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.Institution;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.facts.Period;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.facts.Township;

/**
 * What a rule's consequence calls to build its conclusion. The conclusion takes its rule id, level,
 * title, basis and advice from the firing rule's own metadata, so the DRL states them once.
 * Used from DRL as {@code insert(Conclude.finding(kcontext, Conclude.ev(path, value)))}.
 */
public final class Conclude {

	private Conclude() {
	}

	/** A finding of the firing rule, with the facts that made it fire (null entries are skipped). */
	public static Finding finding(RuleContext kcontext, Evidence... evidence) {
		return finding(kcontext, Arrays.asList(evidence));
	}

	/** A finding of the firing rule, with the facts that made it fire (null entries are skipped). */
	public static Finding finding(RuleContext kcontext, Collection<Evidence> evidence) {
		RuleMeta meta = meta(kcontext);
		List<Evidence> kept = evidence.stream().filter(Objects::nonNull).toList();
		return new Finding(meta.ruleId(), meta.level(), meta.mode(), meta.title(), meta.basis(), kept, meta.advice());
	}

	/** A combined finding whose evidence is the elements it counted. */
	public static Finding counted(RuleContext kcontext, Collection<Element> elements) {
		List<Evidence> evidence = new ArrayList<>();
		for (Element e : elements) {
			evidence.add(new Evidence(e.path() + ".code", e.code()));
		}
		return finding(kcontext, evidence);
	}

	/** The firing rule's clause lacks these facts. */
	public static Missing missing(RuleContext kcontext, String... paths) {
		return missing(kcontext, Arrays.asList(paths));
	}

	/** The firing rule's clause lacks these facts. */
	public static Missing missing(RuleContext kcontext, Collection<String> paths) {
		return new Missing(meta(kcontext).ruleId(), List.copyOf(paths));
	}

	/** The firing rule's matter needs the district government (提级治理). */
	public static Escalation escalation(RuleContext kcontext, String reason) {
		return new Escalation(meta(kcontext).ruleId(), reason);
	}

	/**
	 * The matter of a finding another pack concluded needs the district government (提级治理): the escalation
	 * names that finding's clause, so the ledger carries it to the hazard entry of that clause. Used by a
	 * district pack's {@code @kind("ESCALATION")} rules, e.g. for MCA2023-4.1 whose remedy lies with 住建.
	 */
	public static Escalation escalation(Finding finding, String reason) {
		return new Escalation(finding.ruleId(), reason);
	}

	/** The institution fell short of the firing rule's cadence in the period, for the reason given. */
	public static Shortfall shortfall(RuleContext kcontext, Institution institution, Period period, String reason) {
		RuleMeta meta = meta(kcontext);
		return new Shortfall(meta.ruleId(), meta.title(), "INSTITUTION", institution.facilityId(), institution.name(),
				institution.township(), period.label(), reason, meta.basis(), meta.advice());
	}

	/** The township fell short of the firing rule's cadence in the period, for the reason given. */
	public static Shortfall shortfall(RuleContext kcontext, Township township, Period period, String reason) {
		RuleMeta meta = meta(kcontext);
		return new Shortfall(meta.ruleId(), meta.title(), "TOWNSHIP", township.name(), township.name(), township.name(),
				period.label(), reason, meta.basis(), meta.advice());
	}

	/** Evidence: the fact at {@code path} had {@code value}. Enum values are cited by name. */
	public static Evidence ev(String path, Object value) {
		return new Evidence(path, value instanceof Enum<?> e ? e.name() : value);
	}

	/** Evidence only when {@code applies}; otherwise {@code null}, which findings skip. */
	public static Evidence evIf(boolean applies, String path, Object value) {
		return applies ? ev(path, value) : null;
	}

	/** True when a nullable flag is known to be true. */
	public static boolean isTrue(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

	/** True when a nullable flag is known to be false. */
	public static boolean isFalse(Boolean flag) {
		return Boolean.FALSE.equals(flag);
	}

	private static RuleMeta meta(RuleContext kcontext) {
		var rule = kcontext.getRule();
		if (rule.getMetaData().get(RuleMeta.PARSED) instanceof RuleMeta parsed) {
			return parsed;
		}
		return RuleMeta.of(rule.getName(), RulesEngine.metadata(rule));
	}

}

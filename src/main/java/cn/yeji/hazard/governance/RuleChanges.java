package cn.yeji.hazard.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Parameter;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.Ruleset;

/**
 * What a revision changes in the text an officer signs off, beside what it changes in verdicts: every
 * parameter (old → new), every rule added or removed, and every title, level, mode, basis or advice
 * changed. An approver reads this first: a verdict diff over the golden cases cannot show a changed
 * advice or a threshold no case sits near.
 */
public final class RuleChanges {

	private RuleChanges() {
	}

	/**
	 * One change.
	 * @param kind {@code PARAMETER}, {@code RULE_ADDED}, {@code RULE_REMOVED} or {@code RULE_TEXT}
	 * @param subject the parameter's name or the rule id
	 * @param field what changed, in Chinese (参数值, 标题, 等级, 判定方式, 依据, 整改建议)
	 * @param before {@code null} for something added
	 * @param after {@code null} for something removed
	 */
	public record Change(String kind, String subject, String field, String before, String after) {
	}

	public static List<Change> between(Ruleset base, Ruleset candidate) {
		List<Change> changes = new ArrayList<>();
		parameters(base, candidate, changes);
		rules(base, candidate, changes);
		return changes;
	}

	private static void parameters(Ruleset base, Ruleset candidate, List<Change> changes) {
		Map<String, Parameter> before = byKey(base.parameters(), Parameter::name);
		Map<String, Parameter> after = byKey(candidate.parameters(), Parameter::name);
		before.forEach((name, old) -> {
			Parameter now = after.get(name);
			String was = value(old);
			String is = now == null ? null : value(now);
			if (!was.equals(is)) {
				changes.add(new Change("PARAMETER", name, "参数值", was, is));
			}
		});
		after.keySet().stream().filter(name -> !before.containsKey(name))
			.forEach(name -> changes.add(new Change("PARAMETER", name, "参数值", null, value(after.get(name)))));
	}

	private static void rules(Ruleset base, Ruleset candidate, List<Change> changes) {
		Map<String, List<RuleInfo>> before = byRuleId(base);
		Map<String, List<RuleInfo>> after = byRuleId(candidate);
		before.forEach((id, old) -> {
			List<RuleInfo> now = after.get(id);
			if (now == null) {
				changes.add(new Change("RULE_REMOVED", id, "条款", field(old, RuleInfo::title), null));
				return;
			}
			text(id, "标题", old, now, RuleInfo::title, changes);
			text(id, "等级", old, now, r -> String.valueOf(r.level()), changes);
			text(id, "判定方式", old, now, r -> String.valueOf(r.mode()), changes);
			text(id, "依据", old, now, r -> basis(r.basis()), changes);
			text(id, "整改建议", old, now, RuleInfo::advice, changes);
		});
		after.forEach((id, now) -> {
			if (!before.containsKey(id)) {
				changes.add(new Change("RULE_ADDED", id, "条款", null, field(now, RuleInfo::title)));
			}
		});
	}

	/** A clause may be concluded by several DRL rules (one per branch); an officer reads it as one. */
	private static Map<String, List<RuleInfo>> byRuleId(Ruleset ruleset) {
		List<RuleInfo> all = new ArrayList<>(ruleset.rules());
		all.addAll(ruleset.complianceRules());
		return all.stream().collect(Collectors.groupingBy(RuleInfo::ruleId, LinkedHashMap::new, Collectors.toList()));
	}

	private static void text(String id, String field, List<RuleInfo> before, List<RuleInfo> after,
			Function<RuleInfo, String> value, List<Change> changes) {
		String was = field(before, value);
		String is = field(after, value);
		if (!was.equals(is)) {
			changes.add(new Change("RULE_TEXT", id, field, was, is));
		}
	}

	/** The distinct values the clause's rules give, in file order, e.g. two advices for two branches. */
	private static String field(List<RuleInfo> rules, Function<RuleInfo, String> value) {
		return rules.stream().map(value).map(String::valueOf).distinct().collect(Collectors.joining(" / "));
	}

	private static String basis(List<Basis> basis) {
		return basis.stream().map(b -> b.document() + " " + b.clause()).collect(Collectors.joining("；"));
	}

	/** Integers print without a decimal point, as the officer wrote them in parameters.yaml. */
	private static String value(Parameter p) {
		return p.doubleValue() == p.intValue() ? String.valueOf(p.intValue()) : String.valueOf(p.doubleValue());
	}

	/** Parameter names are unique across packs (a load refuses a second one). */
	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.putIfAbsent(key.apply(item), item));
		return map;
	}

}

package cn.yeji.hazard.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.yeji.hazard.api.model.ExplanationDto;
import cn.yeji.hazard.api.model.ExplanationDto.OutcomeEnum;
import cn.yeji.hazard.api.model.ExplanationFactDto;
import cn.yeji.hazard.engine.Explained;
import cn.yeji.hazard.engine.RuleReading;
import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.FactPaths;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.rules.PackApplicability;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.Ruleset;

/**
 * The rule-by-rule account of a verdict (逐条判定过程): every rule id of every determination pack, once, with
 * what decided it. FIRED cites the finding's evidence, INDETERMINATE the facts nobody gave, CLEAR every fact
 * the clause's conditions read (as given, or absent), NOT_APPLICABLE the request's fact that rules the pack out.
 */
final class Explanations {

	private Explanations() {
	}

	/** The request facts that decide which packs apply. */
	record Scope(String regionCode, FacilityKind kind, LocalDate referenceDate) {
	}

	/** @param packs the applicability decision the verdict was judged on, so the account and the verdict cannot differ */
	static List<ExplanationDto> of(Ruleset ruleset, List<PackApplicability> packs, Scope scope,
			Explained explained) {
		Map<String, PackApplicability> byPack = new HashMap<>();
		packs.forEach(a -> byPack.put(a.pack().id(), a));
		Map<String, List<Evidence>> fired = evidenceByRule(explained.outcome().findings());
		Map<String, Set<String>> missing = missingByRule(explained.outcome().missing());
		List<ExplanationDto> entries = new ArrayList<>();
		titlesByRule(ruleset.rules()).forEach((ruleId, rule) -> {
			PackApplicability applicability = byPack.get(rule.pack());
			ExplanationDto entry = new ExplanationDto().ruleId(ruleId).title(rule.title()).pack(rule.pack());
			if (applicability == null || !applicability.applies()) {
				notApplicable(entry, applicability, scope);
			}
			else if (fired.containsKey(ruleId)) {
				// a REFERENCE or DRAFT pack's finding says why it stands as it does (at most REVIEW, 指引未印发)
				entry.outcome(OutcomeEnum.FIRED).facts(facts(fired.get(ruleId))).note(applicability.reason());
			}
			else if (missing.containsKey(ruleId)) {
				entry.outcome(OutcomeEnum.INDETERMINATE)
					.facts(missing.get(ruleId).stream().map(p -> new ExplanationFactDto().path(p)).toList())
					.note("以下事实未查，本条无法判定");
			}
			else {
				clear(entry, explained.readings().get(ruleId));
			}
			entries.add(entry);
		});
		return entries;
	}

	/** One line per rule id, in the order of {@link Ruleset#rules()}; titles of its finding rules joined. */
	private static Map<String, Rule> titlesByRule(List<RuleInfo> rules) {
		Map<String, Set<String>> titles = new LinkedHashMap<>();
		Map<String, String> packs = new HashMap<>();
		for (RuleInfo r : rules) {
			titles.computeIfAbsent(r.ruleId(), k -> new LinkedHashSet<>()).add(r.title());
			packs.putIfAbsent(r.ruleId(), r.pack());
		}
		Map<String, Rule> byRule = new LinkedHashMap<>();
		titles.forEach((id, t) -> byRule.put(id, new Rule(String.join("；", t), packs.get(id))));
		return byRule;
	}

	private record Rule(String title, String pack) {
	}

	private static void notApplicable(ExplanationDto entry, PackApplicability applicability, Scope scope) {
		entry.outcome(OutcomeEnum.NOT_APPLICABLE);
		if (applicability == null) {
			entry.facts(List.of()).note("本规则包不参与隐患判定");
			return;
		}
		switch (applicability.outOf()) {
			case JURISDICTION -> entry
				.facts(List.of(new ExplanationFactDto().path("facility.regionCode").value(scope.regionCode())))
				.note("本规则包只适用于行政区划代码以 " + applicability.pack().jurisdiction() + " 开头的地区");
			case FACILITY_KIND -> entry
				.facts(List.of(new ExplanationFactDto().path("facility.kind").value(scope.kind().name())))
				.note("本规则包只适用于：" + String.join("、",
						applicability.pack().facilityKinds().stream().map(Explanations::kindLabel).toList()));
			// the reference date is the inspection's date, or today when the request gives none
			case DATE_WINDOW -> entry
				.facts(List.of(new ExplanationFactDto().path("inspection.date").value(scope.referenceDate().toString())))
				.note(applicability.reason());
		}
	}

	private static String kindLabel(FacilityKind kind) {
		return switch (kind) {
			case INSTITUTION -> "养老机构";
			case COMMUNITY_FACILITY -> "社区养老服务设施";
		};
	}

	private static void clear(ExplanationDto entry, RuleReading reading) {
		entry.outcome(OutcomeEnum.CLEAR);
		if (reading == null) {
			entry.facts(List.of()).note("已判定，未触发");
			return;
		}
		entry.facts(facts(reading.facts()));
		String note = "已判定，未触发：所列为本条各规则条件读到的全部事实（值为空表示未报）";
		if (!reading.unmet().isEmpty()) {
			note += "；没有任何事实符合：" + String.join("；", reading.unmet());
		}
		entry.note(note);
	}

	private static List<ExplanationFactDto> facts(List<Evidence> evidence) {
		return evidence.stream().map(e -> new ExplanationFactDto().path(e.path()).value(e.value())).toList();
	}

	private static Map<String, List<Evidence>> evidenceByRule(List<Finding> findings) {
		Map<String, Map<String, Evidence>> byRule = new HashMap<>();
		for (Finding f : findings) {
			Map<String, Evidence> evidence = byRule.computeIfAbsent(f.ruleId(), k -> new TreeMap<>(FactPaths.ORDER));
			f.evidence().forEach(e -> evidence.putIfAbsent(e.path() + "\u0000" + e.value(), e));
		}
		Map<String, List<Evidence>> result = new HashMap<>();
		byRule.forEach((id, e) -> result.put(id, List.copyOf(e.values())));
		return result;
	}

	private static Map<String, Set<String>> missingByRule(List<Missing> missing) {
		Map<String, Set<String>> byRule = new HashMap<>();
		missing.forEach(m -> byRule.computeIfAbsent(m.ruleId(), k -> new TreeSet<>(FactPaths.ORDER)).addAll(m.paths()));
		return byRule;
	}

}

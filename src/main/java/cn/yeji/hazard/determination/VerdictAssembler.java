package cn.yeji.hazard.determination;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.yeji.hazard.api.model.BasisDto;
import cn.yeji.hazard.api.model.EscalationDto;
import cn.yeji.hazard.api.model.EvidenceDto;
import cn.yeji.hazard.api.model.FindingDto;
import cn.yeji.hazard.api.model.IndeterminateDto;
import cn.yeji.hazard.api.model.LevelDto;
import cn.yeji.hazard.api.model.ModeDto;
import cn.yeji.hazard.api.model.RulesetRefDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.api.model.VerdictDto.VerdictEnum;
import cn.yeji.hazard.engine.Outcome;
import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Escalation;
import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.FactPaths;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.Inspection;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.rules.PackApplicability;
import cn.yeji.hazard.rules.RuleIds;
import cn.yeji.hazard.rules.Ruleset;

/**
 * Turns the rules' conclusions into the contract's verdict: one finding per clause and level with all
 * its evidence, indeterminate clauses (missing facts and no finding), and the verdict by precedence
 * MAJOR &gt; REVIEW &gt; GENERAL, after each pack's standing on the reference date ({@link PackStanding}).
 */
final class VerdictAssembler {

	private static final Comparator<Finding> FINDING_ORDER = Comparator
		.comparingInt((Finding f) -> severity(f.level()))
		.thenComparing(Finding::ruleId, RuleIds.ORDER);

	private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator.comparing(Evidence::path, FactPaths.ORDER)
		.thenComparing(e -> String.valueOf(e.value()));

	private VerdictAssembler() {
	}

	static VerdictDto verdict(Outcome outcome, String facilityId, Inspection inspection, Ruleset ruleset,
			List<PackApplicability> applicability) {
		PackStanding standing = new PackStanding(applicability, ruleset);
		// capped before the merge: a REFERENCE pack's MAJOR and REVIEW of one clause are then cited once
		List<Finding> findings = merge(standing.apply(outcome.findings()));
		List<IndeterminateDto> indeterminate = indeterminate(outcome.missing(), findings);
		return new VerdictDto().verdict(precedence(findings))
			.complete(indeterminate.isEmpty())
			.findings(findings.stream().map(VerdictAssembler::dto).toList())
			.indeterminate(indeterminate)
			.escalations(escalations(outcome.escalations()))
			.facilityId(facilityId)
			.referenceDate(inspection.referenceDate())
			.ruleset(new RulesetRefDto().version(ruleset.version())
				.loadedAt(ruleset.loadedAt().atOffset(ZoneOffset.UTC)))
			.coverage(standing.coverage(inspection.referenceDate()));
	}

	static VerdictEnum precedence(List<Finding> findings) {
		Set<Level> levels = new java.util.HashSet<>();
		findings.forEach(f -> levels.add(f.level()));
		if (levels.contains(Level.MAJOR)) {
			return VerdictEnum.MAJOR_HAZARD;
		}
		if (levels.contains(Level.REVIEW)) {
			return VerdictEnum.EXPERT_REVIEW;
		}
		if (levels.contains(Level.GENERAL)) {
			return VerdictEnum.GENERAL_HAZARD;
		}
		return VerdictEnum.NO_HAZARD;
	}

	/** Several rules (or several facts) may conclude the same clause at the same level: cite it once. */
	private static List<Finding> merge(List<Finding> findings) {
		Map<Clause, List<Finding>> byClause = new LinkedHashMap<>();
		for (Finding f : findings) {
			byClause.computeIfAbsent(new Clause(f.ruleId(), f.level()), k -> new ArrayList<>(2)).add(f);
		}
		List<Finding> merged = new ArrayList<>(byClause.size());
		for (List<Finding> same : byClause.values()) {
			merged.add(same.size() == 1 ? sortedEvidence(same.get(0)) : combine(same));
		}
		merged.sort(FINDING_ORDER);
		return merged;
	}

	private static Finding sortedEvidence(Finding f) {
		if (f.evidence().size() < 2) {
			return f;
		}
		List<Evidence> evidence = new ArrayList<>(f.evidence());
		evidence.sort(EVIDENCE_ORDER);
		return new Finding(f.ruleId(), f.level(), f.mode(), f.title(), f.basis(), evidence, f.advice());
	}

	private static Finding combine(List<Finding> same) {
		same.sort(Comparator.comparing(Finding::title));
		Finding first = same.get(0);
		Set<String> titles = new LinkedHashSet<>();
		Set<Evidence> evidence = new TreeSet<>(EVIDENCE_ORDER);
		Set<Basis> basis = new LinkedHashSet<>();
		Set<String> advice = new LinkedHashSet<>();
		for (Finding f : same) {
			titles.add(f.title());
			evidence.addAll(f.evidence());
			advice.add(f.advice());
		}
		// each branch cites what it rests on (MCA2023-4.3 cites GB 35181 6.10 on its panel branch only): cite them all
		same.stream().sorted(Comparator.comparingInt((Finding f) -> f.basis().size()).reversed())
			.forEach(f -> basis.addAll(f.basis()));
		return new Finding(first.ruleId(), first.level(), first.mode(), String.join("；", titles), List.copyOf(basis),
				List.copyOf(evidence), String.join("", advice));
	}

	/** A clause at one level: the unit a verdict cites once. */
	private record Clause(String ruleId, Level level) {
	}

	private static List<IndeterminateDto> indeterminate(List<Missing> missing, List<Finding> findings) {
		Set<String> decided = new java.util.HashSet<>();
		findings.forEach(f -> decided.add(f.ruleId()));
		Map<String, Set<String>> pathsByRule = new java.util.TreeMap<>(RuleIds.ORDER);
		for (Missing m : missing) {
			if (!decided.contains(m.ruleId())) {
				pathsByRule.computeIfAbsent(m.ruleId(), k -> new TreeSet<>(FactPaths.ORDER)).addAll(m.paths());
			}
		}
		List<IndeterminateDto> result = new ArrayList<>();
		pathsByRule.forEach((ruleId, paths) -> result
			.add(new IndeterminateDto().ruleId(ruleId).missingFacts(new ArrayList<>(paths))));
		return result;
	}

	private static List<EscalationDto> escalations(List<Escalation> escalations) {
		return escalations.stream()
			.distinct()
			.sorted(Comparator.comparing(Escalation::ruleId, RuleIds.ORDER).thenComparing(Escalation::reason))
			.map(e -> new EscalationDto().ruleId(e.ruleId()).reason(e.reason()))
			.toList();
	}

	private static FindingDto dto(Finding f) {
		return new FindingDto().ruleId(f.ruleId())
			.level(LevelDto.fromValue(f.level().name()))
			.mode(ModeDto.fromValue(f.mode().name()))
			.title(f.title())
			.basis(f.basis().stream().map(b -> new BasisDto().document(b.document()).clause(b.clause())).toList())
			.evidence(f.evidence().stream().map(e -> new EvidenceDto().path(e.path()).value(e.value())).toList())
			.advice(f.advice());
	}

	private static int severity(Level level) {
		return switch (level) {
			case MAJOR -> 0;
			case REVIEW -> 1;
			case GENERAL -> 2;
		};
	}

}

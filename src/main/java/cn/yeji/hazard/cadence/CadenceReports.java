package cn.yeji.hazard.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.yeji.hazard.compliance.ComplianceInput;
import cn.yeji.hazard.compliance.ComplianceInput.ActivityEntry;
import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.compliance.AtRisk;
import cn.yeji.hazard.compliance.ComplianceJudge;
import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.export.Table;
import cn.yeji.hazard.facts.Period;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.activities.ActivityStore;

/**
 * The cadence report (频次核查) that {@code /api/v1/compliance} and the 频次达标 page both read: a year's
 * activities and the institutions the ledger knows, judged by the compliance packs as of today.
 */
@Service
class CadenceReports {

	private final ActivityStore store;

	private final RulesetHolder rulesets;

	private final Clock clock;

	CadenceReports(ActivityStore store, RulesetHolder rulesets, Clock clock) {
		this.store = store;
		this.rulesets = rulesets;
		this.clock = clock;
	}

	/**
	 * @param institutions every institution the ledger knows (in the township, when one was asked for), also
	 * those it first heard of after the year
	 * @param townships the townships the institutions name
	 * @param periods the periods that had ended by {@code asOf}: the only ones judged
	 * @param atRisk the running year looked ahead (empty once the year has ended)
	 */
	record Report(int year, LocalDate asOf, String rulesetVersion, List<InstitutionEntry> institutions,
			List<String> townships, List<String> periods, List<Shortfall> shortfalls, List<AtRisk.Risk> atRisk) {
	}

	/** @param township {@code null}: every township */
	Report report(int year, String township) {
		return report(year, township, LocalDate.now(clock));
	}

	/** The report as it stood on {@code today}. */
	Report report(int year, String township, LocalDate today) {
		Ruleset ruleset = rulesets.current();
		List<ActivityEntry> activities = store.all(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(a -> new ActivityEntry(a.kind(), a.facilityId(), a.township(), a.heldOn()))
			.toList();
		ComplianceInput input = new ComplianceInput(year, today, store.institutions(township),
				township == null ? List.of() : List.of(township), activities);
		Set<String> townships = new LinkedHashSet<>();
		input.institutions().stream().map(InstitutionEntry::township).filter(t -> t != null).forEach(townships::add);
		return new Report(year, today, ruleset.version(), input.institutions(), List.copyOf(townships),
				ComplianceJudge.endedPeriods(year, today).stream().map(Period::label).toList(),
				ComplianceJudge.judge(ruleset, input), AtRisk.forecast(ruleset, input));
	}

	/** Every shortfall under Chinese headers, for a CSV or Excel download. */
	static Table table(Report report) {
		List<List<Object>> rows = new ArrayList<>();
		for (Shortfall s : report.shortfalls()) {
			rows.add(Arrays.asList(s.ruleId(), s.title(), Labels.of(s.subjectType()), s.subject(), s.subjectName(),
					s.township(), s.period(), s.reason(), s.advice()));
		}
		return new Table("频次核查", List.of("条款", "要求", "对象类型", "对象编号", "对象名称", "乡镇（街道）", "期间", "未达到的情况", "整改建议"),
				rows);
	}

}

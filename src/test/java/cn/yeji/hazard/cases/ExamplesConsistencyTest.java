package cn.yeji.hazard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.cases.Expectation.ExpectedFinding;
import cn.yeji.hazard.rules.RuleInfo;

/** The examples corpus and the rules folder stay in step: every clause is shown firing and not firing. */
class ExamplesConsistencyTest {

	/*
	 * What the shipped folders hold today. The checks below hold for every rule or case they are given, so a loader
	 * that found nothing would pass them all; these floors make them fail instead. Finding rule ids: the 44 the
	 * contract fixes (gb35181-2017 21, mca2023 7, yeji-341504 16); cadence rule ids: CP-1 to CP-5; cases: the 267
	 * .json files under examples/ (raise the floor as cases are added).
	 */
	private static final int SHIPPED_FINDING_RULE_IDS = 44;

	private static final int SHIPPED_CADENCE_RULE_IDS = 5;

	private static final int SHIPPED_CASES = 267;

	private static final Set<String> ruleIds = new TreeSet<>();

	private static final Set<String> complianceRuleIds = new TreeSet<>();

	private static final List<ExampleCase> cases = new ArrayList<>();

	@BeforeAll
	static void load() {
		TestRules.shipped().rules().stream().map(RuleInfo::ruleId).forEach(ruleIds::add);
		TestRules.shipped().complianceRules().stream().map(RuleInfo::ruleId).forEach(complianceRuleIds::add);
		Path dir = TestRules.examplesDir();
		ExampleCases.listNonEmpty(dir).forEach(f -> cases.add(ExampleCases.read(dir, f)));
	}

	@Test
	void every_rule_has_a_case_where_it_fires() {
		Set<String> firing = new HashSet<>();
		cases.forEach(c -> nonNull(c.expect().findings()).forEach(f -> firing.add(((ExpectedFinding) f).ruleId())));

		assertThat(ruleIds).as("finding rule ids loaded from rules/")
			.hasSizeGreaterThanOrEqualTo(SHIPPED_FINDING_RULE_IDS);
		assertThat(ruleIds).as("rule ids with no case listing them under expect.findings")
			.allSatisfy(id -> assertThat(firing).contains(id));
	}

	@Test
	void every_rule_has_a_case_where_it_must_not_fire() {
		Set<String> absent = new HashSet<>();
		cases.forEach(c -> absent.addAll(nonNull(c.expect().absentFindings())));

		assertThat(ruleIds).as("finding rule ids loaded from rules/")
			.hasSizeGreaterThanOrEqualTo(SHIPPED_FINDING_RULE_IDS);
		assertThat(ruleIds).as("rule ids with no case listing them under expect.absentFindings")
			.allSatisfy(id -> assertThat(absent).contains(id));
	}

	@Test
	void every_cadence_rule_has_a_case_reporting_it_and_one_that_must_not() {
		Set<String> reported = new HashSet<>();
		Set<String> notReported = new HashSet<>();
		cases.forEach(c -> nonNull(c.expect().shortfalls()).forEach(s -> reported.add(s.ruleId())));
		cases.forEach(c -> nonNull(c.expect().absentShortfalls()).forEach(s -> notReported.add(s.ruleId())));

		assertThat(complianceRuleIds).as("cadence rule ids loaded from rules/")
			.hasSizeGreaterThanOrEqualTo(SHIPPED_CADENCE_RULE_IDS);
		assertThat(complianceRuleIds).as("cadence rules with no case listing them under expect.shortfalls")
			.allSatisfy(id -> assertThat(reported).contains(id));
		assertThat(complianceRuleIds).as("cadence rules with no case listing them under expect.absentShortfalls")
			.allSatisfy(id -> assertThat(notReported).contains(id));
	}

	@Test
	void every_rule_id_a_case_names_exists() {
		assertThat(cases).as("cases loaded from examples/").hasSizeGreaterThanOrEqualTo(SHIPPED_CASES);
		Map<String, String> unknown = new HashMap<>();
		for (ExampleCase c : cases) {
			ExampleCases.ruleIdsNamed(c.expect())
				.stream()
				.filter(id -> !ruleIds.contains(id) && !complianceRuleIds.contains(id))
				.forEach(id -> unknown.put(c.name(), id));
		}

		assertThat(unknown).as("cases naming rule ids that no rule has (case -> rule id)").isEmpty();
	}

	@Test
	void case_names_are_unique_and_each_pack_folder_has_cases() {
		assertThat(cases).extracting(ExampleCase::name).doesNotHaveDuplicates();
		assertThat(cases).extracting(c -> c.name().substring(0, c.name().indexOf('/')))
			.contains("mca2023", "gb35181-2017", "yeji-341504", "compliance");
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

}

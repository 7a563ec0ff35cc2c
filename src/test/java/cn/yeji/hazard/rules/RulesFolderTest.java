package cn.yeji.hazard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.ContractRuleIds;
import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.engine.Outcome;
import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Facility;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.Inspection;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.facts.Mode;
import cn.yeji.hazard.facts.Unknown;

class RulesFolderTest {

	private static final java.time.LocalDate IN_2025 = java.time.LocalDate.of(2025, 6, 30);

	private static final String MCA_4 = "mca2023/4.1-4.2-dangerous-buildings-and-facilities.drl";

	@TempDir
	Path tmp;

	@Test
	void the_shipped_rules_conclude_every_clause_of_the_contract() {
		Ruleset ruleset = TestRules.shipped();

		assertThat(ruleset.rules()).extracting(RuleInfo::ruleId).containsAll(ContractRuleIds.ALL);
		assertThat(ruleset.rules()).extracting(RuleInfo::ruleId).allMatch(ContractRuleIds.ALL::contains);
		assertThat(ruleset.packs()).extracting(RulePack::id)
			.containsExactly("compliance", "gb35181-2017", "mca2023", "yeji-341504");
		assertThat(ruleset.complianceRules()).extracting(RuleInfo::ruleId).containsExactly("CP-1", "CP-2", "CP-3", "CP-4", "CP-5");
	}

	@Test
	void packs_apply_by_region_code_prefix() {
		Ruleset ruleset = TestRules.shipped();

		assertThat(ruleset.packs()).filteredOn(p -> !p.isCompliance() && p.appliesTo("341504")).hasSize(3);
		assertThat(ruleset.packs()).filteredOn(p -> !p.isCompliance() && p.appliesTo("341502")).extracting(RulePack::id)
			.containsExactly("gb35181-2017", "mca2023");
	}

	@Test
	void every_basis_is_as_strong_as_its_source() {
		List<RuleInfo> rules = TestRules.shipped().rules();

		// GB 35181 chapter 7 elements are comprehensive elements; only chapter 6 is direct (contract v1.1 §7 item 11)
		assertThat(rules).filteredOn(r -> r.ruleId().startsWith("GB35181-7.")).extracting(RuleInfo::mode)
			.containsOnly(Mode.COMBINED);
		assertThat(rules).filteredOn(r -> r.ruleId().startsWith("GB35181-6.")).extracting(RuleInfo::mode)
			.containsOnly(Mode.DIRECT);
		// no basis cites our own rule codes as if they were clauses of the standard
		assertThat(rules).flatExtracting(RuleInfo::basis).extracting(Basis::clause)
			.noneMatch(clause -> clause.matches("7\\.4[ab].*"));
		// interpretations are labelled as such
		assertThat(confidence(rules, "GB35181-7.7")).containsOnly("PARTLY_CONFIRMED_NATIONAL_TEXT");
		assertThat(confidence(rules, "GB35181-7.6")).containsOnly("UNCONFIRMED_NATIONAL_TEXT");
		assertThat(rules).filteredOn(r -> r.ruleId().equals("MCA2023-5.3") && r.title().contains("作业人员"))
			.extracting(RuleInfo::confidence).containsExactly("PARTLY_CONFIRMED_NATIONAL_TEXT");
		assertThat(rules).filteredOn(r -> r.ruleId().equals("MCA2023-4.4") && r.title().contains("超期"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.confidence()).isEqualTo("PARTLY_CONFIRMED_NATIONAL_TEXT");
				assertThat(r.basis()).anySatisfy(b -> assertThat(b.document() + b.clause()).contains("特种设备安全法").contains("第四十条"));
			});
		// MCA2023-4.3 cites 6.10 on its sandwich-panel branch only
		assertThat(rules).filteredOn(r -> r.ruleId().equals("MCA2023-4.3"))
			.allSatisfy(r -> assertThat(r.basis().stream().anyMatch(b -> b.clause().equals("6.10")))
				.isEqualTo(r.title().contains("彩钢板")));
		// a district clause cites a duty, not the plan's objectives
		assertThat(rules).filteredOn(r -> r.ruleId().startsWith("YJ-")).flatExtracting(RuleInfo::basis)
			.extracting(Basis::clause).noneMatch(clause -> clause.contains("工作目标"));
	}

	private static List<String> confidence(List<RuleInfo> rules, String ruleId) {
		return rules.stream().filter(r -> r.ruleId().equals(ruleId)).map(RuleInfo::confidence).toList();
	}

	@Test
	void packs_apply_by_facility_kind_and_mca2023_only_to_institutions() {
		Ruleset ruleset = TestRules.shipped();

		assertThat(ruleset.packs()).filteredOn(p -> p.id().equals("mca2023")).singleElement()
			.satisfies(p -> assertThat(p.facilityKinds()).containsExactly(FacilityKind.INSTITUTION));
		assertThat(ruleset.applicablePacks("341504", FacilityKind.INSTITUTION, IN_2025)).extracting(RulePack::id)
			.containsExactly("gb35181-2017", "mca2023", "yeji-341504");
		assertThat(ruleset.applicablePacks("341504", FacilityKind.COMMUNITY_FACILITY, IN_2025)).extracting(RulePack::id)
			.containsExactly("gb35181-2017", "yeji-341504");
		assertThat(ruleset.applicablePacks("341502", FacilityKind.COMMUNITY_FACILITY, IN_2025)).extracting(RulePack::id)
			.containsExactly("gb35181-2017");
	}

	@Test
	void a_pack_without_facility_kinds_judges_every_kind_and_the_community_facility_is_judged_without_mca2023() {
		Ruleset ruleset = TestRules.shipped();
		List<Object> facts = List.of(new Inspection(java.time.LocalDate.of(2026, 11, 20), null, null),
				new Facility("X", "X", "341504", null, FacilityKind.COMMUNITY_FACILITY, 0, 0, 0), new Unknown("buildings"));

		Outcome community = ruleset.evaluate(facts, "341504", FacilityKind.COMMUNITY_FACILITY, IN_2025);
		Outcome institution = ruleset.evaluate(facts, "341504", FacilityKind.INSTITUTION, IN_2025);

		assertThat(community.missing()).extracting(Missing::ruleId).noneMatch(id -> id.startsWith("MCA2023-"))
			.contains("GB35181-6.9", "YJ-3.1");
		assertThat(institution.missing()).extracting(Missing::ruleId).contains("MCA2023-4.1", "GB35181-6.9", "YJ-3.1");
	}

	@Test
	void a_pack_descriptor_naming_an_unknown_facility_kind_is_refused() throws IOException {
		Path rules = copyOfShippedRules();
		Path descriptor = rules.resolve("mca2023/pack.yaml");
		Files.writeString(descriptor, Files.readString(descriptor).replace("facilityKinds: [INSTITUTION]",
				"facilityKinds: [INSTITUTION, NURSING_HOME]"));

		assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
			.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
				.anySatisfy(p -> {
					assertThat(p.file()).isEqualTo("mca2023/pack.yaml");
					assertThat(p.message()).contains("NURSING_HOME").contains("INSTITUTION, COMMUNITY_FACILITY");
				}));
	}

	@Test
	void a_variant_that_counts_toward_no_element_of_the_catalog_is_refused() throws IOException {
		Path rules = copyOfShippedRules();
		Path catalog = rules.resolve("observation-codes.yaml");
		Files.writeString(catalog, Files.readString(catalog).replace("alsoCounts: GB35181-7.4a", "alsoCounts: GB35181-7.4"));

		assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
			.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
				.anySatisfy(p -> assertThat(p.message()).contains("HYDRANT").contains("GB35181-7.4 ")));
	}

	@Test
	void a_regional_pack_added_as_a_folder_applies_by_its_prefix_without_java_changes() throws IOException {
		Path rules = copyOfShippedRules();
		Path anhui = Files.createDirectories(rules.resolve("anhui-34"));
		Files.writeString(anhui.resolve("pack.yaml"), """
				id: anhui-34
				name: 安徽省细化条款（测试）
				jurisdiction: "34"
				rulePrefix: AH-
				package: rules.anhui
				""");
		Files.writeString(anhui.resolve("1-test.drl"), """
				package rules.anhui;
				import cn.yeji.hazard.facts.*;
				import cn.yeji.hazard.engine.Conclude;
				rule "AH-1.1 测试条款"
				    @ruleId("AH-1.1") @level("GENERAL") @mode("DIRECT") @basis("测试|1.1")
				    @advice("测试") @confidence("DISTRICT_CLAUSE")
				when
				    Facility()
				then
				    insert(Conclude.finding(kcontext));
				end
				""");

		Ruleset ruleset = RulesFolder.load(rules, TestRules.CLOCK);

		assertThat(ruleset.packs()).filteredOn(p -> p.appliesTo("341504")).extracting(RulePack::id).contains("anhui-34");
		assertThat(ruleset.packs()).filteredOn(p -> p.appliesTo("320100")).extracting(RulePack::id)
			.doesNotContain("anhui-34");
	}

	@Test
	void the_version_is_a_content_hash_that_changes_with_any_file() throws IOException {
		Path rules = copyOfShippedRules();
		String before = RulesVersion.of(rules);
		assertThat(RulesVersion.of(rules)).isEqualTo(before);

		Files.writeString(rules.resolve("observation-codes.yaml"), "\n# 修订\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);

		assertThat(RulesVersion.of(rules)).isNotEqualTo(before).startsWith("sha256:");
	}

	@Nested
	class ABrokenFolderNeverLoadsAndNamesFileAndLine {

		@Test
		void a_syntax_error_in_a_drl_file() throws IOException {
			Path rules = copyOfShippedRules();
			replaceLine(rules.resolve(MCA_4), 20, "    $b : Building(dangerousBuildingGrade in (BuildingGrade.C, ");

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> {
						assertThat(p.file()).isEqualTo(MCA_4);
						assertThat(p.line()).isBetween(20, 22);
					}));
		}

		@Test
		void a_parameter_out_of_its_range_is_one_message_not_a_cascade_about_undefined_parameters() throws IOException {
			Path rules = copyOfShippedRules();
			Path file = rules.resolve("compliance/parameters.yaml");
			Files.writeString(file, Files.readString(file).replaceFirst("value: 4\n", "value: 60\n"));

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.singleElement()
					.satisfies(p -> {
						assertThat(p.file()).isEqualTo("compliance/parameters.yaml");
						assertThat(p.line()).isEqualTo(3);
						assertThat(p.message()).contains("districtChecksPerYear").contains("60").contains("1..52");
					}));
		}

		@Test
		void a_finding_rule_without_advice() throws IOException {
			Path rules = copyOfShippedRules();
			Path file = rules.resolve(MCA_4);
			String text = Files.readString(file);
			Files.writeString(file, text.replaceFirst("    @advice\\(\"立即停止使用相关建筑[^\\n]*\\n", ""));

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.containsExactly(new RuleProblem(MCA_4, 12, "rule \"MCA2023-4.1 建筑设施经鉴定属于C级、D级危房，或经住房城乡建设部门研判存在重大隐患\": @advice is required (整改或论证建议)")));
		}

		@Test
		void a_rule_id_outside_the_packs_prefix() throws IOException {
			Path rules = copyOfShippedRules();
			Path file = rules.resolve(MCA_4);
			Files.writeString(file, Files.readString(file).replace("@ruleId(\"MCA2023-4.2\")", "@ruleId(\"YJ-4.2\")"));

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> assertThat(p.message()).contains("does not start with the pack's prefix MCA2023-")));
		}

		@Test
		void a_drl_package_that_differs_from_the_pack() throws IOException {
			Path rules = copyOfShippedRules();
			Path file = rules.resolve(MCA_4);
			Files.writeString(file, Files.readString(file).replace("package rules.mca2023;", "package rules.other;"));

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> {
						assertThat(p.file()).isEqualTo(MCA_4);
						assertThat(p.line()).isEqualTo(5);
					}));
		}

		@Test
		void a_catalog_code_whose_clause_no_rule_concludes() throws IOException {
			Path rules = copyOfShippedRules();
			Path catalog = rules.resolve("observation-codes.yaml");
			Files.writeString(catalog, Files.readString(catalog) + """
					- code: NEW_CODE
					  title: 新检查项
					  clause: YJ-9.9
					""");

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> assertThat(p.message()).contains("NEW_CODE").contains("YJ-9.9")));
		}

		@Test
		void a_yaml_syntax_error_in_a_pack_descriptor() throws IOException {
			Path rules = copyOfShippedRules();
			Files.writeString(rules.resolve("mca2023/pack.yaml"), "id: mca2023\nname: [unclosed\n");

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> {
						assertThat(p.file()).isEqualTo("mca2023/pack.yaml");
						assertThat(p.line()).isPositive();
					}));
		}

		@Test
		void the_str_operator_that_drools_10_2_breaks_after_jit() throws IOException {
			Path rules = copyOfShippedRules();
			Path file = rules.resolve("gb35181-2017/7-elements-classification.drl");
			Files.writeString(file, Files.readString(file)
				.replace("clause.startsWith(\"GB35181-\")", "clause str[startsWith] \"GB35181-\""));

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> {
						assertThat(p.file()).isEqualTo("gb35181-2017/7-elements-classification.drl");
						assertThat(p.line()).isEqualTo(20);
						assertThat(p.message()).contains("str[...]");
					}));
		}

		@Test
		void a_district_list_with_a_township_twice_and_no_region_code() throws IOException {
			Path rules = copyOfShippedRules();
			Files.writeString(rules.resolve("townships.yaml"), """
					district: 叶集区
					townships: [史河街道, 三元镇, 三元镇]
					""");

			assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
				.isInstanceOfSatisfying(InvalidRulesException.class, ex -> assertThat(ex.problems())
					.filteredOn(p -> p.file().equals("townships.yaml"))
					.extracting(RuleProblem::message)
					.anyMatch(m -> m.contains("regionCode"))
					.anyMatch(m -> m.contains("三元镇 is listed twice")));
		}

		@Test
		void the_shipped_district_list_names_the_six_townships_of_yeji() {
			District district = RulesFolder.load(TestRules.rulesDir(), TestRules.CLOCK).district().orElseThrow();

			assertThat(district.regionCode()).isEqualTo("341504");
			assertThat(district.townships()).containsExactlyInAnyOrder("史河街道", "平岗街道", "三元镇", "洪集镇", "姚李镇", "孙岗乡");
			assertThat(district.check("township", "三元镇")).isEmpty();
			assertThat(district.check("township", "城北街道")).isPresent();
			assertThat(district.contains("341502")).as("another district's facility").isFalse();
		}

		@Test
		void a_missing_folder() {
			assertThatThrownBy(() -> RulesFolder.load(tmp.resolve("nowhere"), TestRules.CLOCK))
				.isInstanceOf(InvalidRulesException.class)
				.hasMessageContaining("rules folder not found");
		}

	}

	private Path copyOfShippedRules() throws IOException {
		return TestRules.copyOfShippedRules(tmp.resolve("rules"));
	}

	private static void replaceLine(Path file, int line, String text) throws IOException {
		var lines = new java.util.ArrayList<>(Files.readAllLines(file));
		lines.set(line - 1, text);
		Files.write(file, lines);
	}

}

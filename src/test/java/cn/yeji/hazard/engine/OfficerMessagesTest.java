package cn.yeji.hazard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A policy officer who mistypes a rule reads what is wrong in Chinese, at the line to fix. */
class OfficerMessagesTest {

	private static final String HEADER = """
			package rules.test;

			import cn.yeji.hazard.facts.*;
			import cn.yeji.hazard.engine.Conclude;

			rule "T-1 测试"
			    @ruleId("T-1")
			    @level("GENERAL")
			    @mode("DIRECT")
			    @basis("甲|一")
			    @advice("改")
			    @confidence("DISTRICT_CLAUSE")
			when
			""";

	private static final String CONSEQUENCE = """
			then
			    insert(Conclude.finding(kcontext, Conclude.ev("buildings", null)));
			end
			""";

	/** Line 14 is the first line of the condition, 15 the {@code then} after a one-line condition. */
	private static final int CONDITION_LINE = 14;

	@Test
	void a_missing_closing_parenthesis_is_reported_at_the_condition_not_at_then() {
		// given
		String drl = HEADER + "    Building(dangerousBuildingGrade == BuildingGrade.C\n" + CONSEQUENCE;

		// when
		List<RuleProblem> problems = problems(drl);

		// then
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(CONDITION_LINE);
			assertThat(p.message()).startsWith("条件（when 部分）的最后一行很可能缺少右括号“)”")
				.contains("mismatched input 'then'");
		});
	}

	@Test
	void a_condition_over_two_lines_is_reported_at_its_last_line() {
		String drl = HEADER + "    Building(dangerousBuildingGrade == BuildingGrade.C,\n\n        aboveGroundFloors > 3\n\n" + CONSEQUENCE;

		assertThat(problems(drl)).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(CONDITION_LINE + 2));
	}

	@Test
	void a_missing_end_is_named() {
		String drl = HEADER + "    Unknown(path == \"buildings\")\n" + CONSEQUENCE.replace("end\n", "");

		assertThat(problems(drl)).singleElement()
			.satisfies(p -> assertThat(p.message()).startsWith("文件在规则写完之前就结束了：很可能缺少 end"));
	}

	@Test
	void a_misspelt_field_is_named_in_chinese_at_its_line() {
		String drl = HEADER + "    Building(dangerousGrade == BuildingGrade.C)\n" + CONSEQUENCE;

		assertThat(problems(drl)).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(CONDITION_LINE);
			assertThat(p.message()).startsWith("“dangerousGrade”不在事实模型中：请检查拼写");
		});
	}

	@Test
	void a_missing_semicolon_in_the_consequence_is_named() {
		String drl = HEADER + "    Unknown(path == \"buildings\")\n"
				+ CONSEQUENCE.replace("null)));", "null)))");

		assertThat(problems(drl)).singleElement()
			.satisfies(p -> assertThat(p.message()).startsWith("then 之后的语句有语法错误：常见原因是语句末尾缺少分号"));
	}

	@Test
	void a_correct_rule_compiles_so_the_messages_are_not_a_blanket_refusal() {
		String drl = HEADER + "    Unknown(path == \"buildings\")\n" + CONSEQUENCE;

		assertThat(RulesEngine.compile(List.of(new DrlSource("test/t.drl", drl)))).isNotNull();
	}

	private static List<RuleProblem> problems(String drl) {
		RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
				() -> RulesEngine.compile(List.of(new DrlSource("test/t.drl", drl))));
		assertThat(ex).as("the rule should not compile").isNotNull();
		return ex.problems();
	}

}

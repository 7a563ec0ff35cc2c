package cn.yeji.hazard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.facts.Mode;
import cn.yeji.hazard.facts.Unknown;

class RulesEngineTest {

	private static final String HEADER = """
			package rules.test;

			import cn.yeji.hazard.facts.*;
			import cn.yeji.hazard.engine.Conclude;

			""";

	private static final String FINDING_RULE = HEADER + """
			rule "T-1 未报告建筑情况即结论"
			    @ruleId("T-1")
			    @level("GENERAL")
			    @mode("DIRECT")
			    @basis("文件甲|第一条; 文件乙|第二条")
			    @advice("整改")
			    @confidence("DISTRICT_CLAUSE")
			when
			    Unknown(path == "buildings")
			then
			    insert(Conclude.finding(kcontext, Conclude.ev("buildings", null)));
			end
			""";

	@Test
	void a_finding_takes_its_id_level_title_basis_and_advice_from_the_rule_metadata() {
		// given
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", FINDING_RULE)));

		// when
		Outcome outcome = rules.evaluate(List.of(new Unknown("buildings")), Set.of("rules.test"));

		// then
		assertThat(outcome.findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("T-1");
			assertThat(f.level()).isEqualTo(Level.GENERAL);
			assertThat(f.mode()).isEqualTo(Mode.DIRECT);
			assertThat(f.title()).isEqualTo("未报告建筑情况即结论");
			assertThat(f.basis()).extracting(b -> b.document() + "/" + b.clause())
				.containsExactly("文件甲/第一条", "文件乙/第二条");
			assertThat(f.advice()).isEqualTo("整改");
		});
	}

	@Test
	void rules_of_packages_not_asked_for_do_not_fire() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", FINDING_RULE)));

		Outcome outcome = rules.evaluate(List.of(new Unknown("buildings")), Set.of("rules.other"));

		assertThat(outcome.findings()).isEmpty();
	}

	@Test
	void compiled_rules_are_described_with_their_author_file_and_metadata() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", FINDING_RULE)));

		assertThat(rules.rules()).singleElement().satisfies(r -> {
			assertThat(r.file()).isEqualTo("test/t.drl");
			assertThat(r.drlPackage()).isEqualTo("rules.test");
			assertThat(r.meta("ruleId")).isEqualTo("T-1");
		});
	}

	@Test
	void a_rule_that_keeps_re_triggering_is_stopped() {
		String looping = HEADER + """
				rule "loop"
				when
				    Unknown()
				then
				    insert(new Unknown("again"));
				end
				""";
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/loop.drl", looping)));

		assertThatThrownBy(() -> rules.evaluate(List.of(new Unknown("x")), Set.of("rules.test")))
			.isInstanceOf(RuleLoopException.class);
	}

	@Nested
	class BrokenRulesAreReportedInTheAuthorsFileAndLine {

		@Test
		void a_syntax_error() {
			String broken = FINDING_RULE.replace("when\n", "whenn\n");

			assertThatThrownBy(() -> RulesEngine.compile(List.of(new DrlSource("test/broken.drl", broken))))
				.isInstanceOfSatisfying(RuleCompilationException.class, ex -> assertThat(ex.problems())
					.anySatisfy(p -> assertThat(p.file()).isEqualTo("test/broken.drl")));
		}

		@Test
		void an_unknown_field() {
			String broken = FINDING_RULE.replace("Unknown(path == \"buildings\")", "Unknown(paht == \"buildings\")");

			assertThatThrownBy(() -> RulesEngine.compile(List.of(new DrlSource("test/field.drl", broken))))
				.isInstanceOfSatisfying(RuleCompilationException.class,
						ex -> assertThat(ex.problems()).anySatisfy(p -> {
							assertThat(p.file()).isEqualTo("test/field.drl");
							assertThat(p.line()).isEqualTo(14);
						}));
		}

		@Test
		void an_unknown_fact_type() {
			String broken = FINDING_RULE.replace("Unknown(path", "Unknwon(path");

			assertThatThrownBy(() -> RulesEngine.compile(List.of(new DrlSource("test/type.drl", broken))))
				.isInstanceOfSatisfying(RuleCompilationException.class,
						ex -> assertThat(ex.problems()).anySatisfy(p -> {
							assertThat(p.file()).isEqualTo("test/type.drl");
							assertThat(p.line()).isEqualTo(14);
						}));
		}

		@Test
		void a_bad_consequence() {
			String broken = FINDING_RULE.replace("insert(Conclude.finding(", "insert(Conclude.findng(");

			assertThatThrownBy(() -> RulesEngine.compile(List.of(new DrlSource("test/then.drl", broken))))
				.isInstanceOfSatisfying(RuleCompilationException.class,
						ex -> assertThat(ex.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("test/then.drl")));
		}

	}

	@Test
	void evidence_cites_the_fact_paths_the_consequence_names() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", FINDING_RULE)));

		Outcome outcome = rules.evaluate(List.of(new Unknown("buildings")), Set.of("rules.test"));

		assertThat(outcome.findings()).singleElement()
			.satisfies(f -> assertThat(f.evidence()).extracting(e -> e.path()).containsExactly("buildings"));
	}

}

package cn.yeji.hazard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.facts.Building;
import cn.yeji.hazard.facts.BuildingGrade;
import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.Observation;
import cn.yeji.hazard.facts.SandwichPanel;

/** What {@link CompiledRules#explain} reads back: the facts each rule id's conditions name, as the rules saw them. */
class RuleReadingTest {

	private static final String RULES = """
			package rules.test;

			import cn.yeji.hazard.facts.*;
			import cn.yeji.hazard.engine.Conclude;

			rule "T-1 危房或夹芯板有人居住"
			    @ruleId("T-1")
			    @level("MAJOR")
			    @mode("DIRECT")
			    @basis("文件|第一条")
			    @advice("整改")
			    @confidence("DISTRICT_CLAUSE")
			when
			    $b : Building(dangerousBuildingGrade == BuildingGrade.D || sandwichPanel.occupied == true)
			then
			    insert(Conclude.finding(kcontext, Conclude.ev($b.at("dangerousBuildingGrade"), $b.dangerousBuildingGrade())));
			end

			rule "T-2 堵塞通道"
			    @ruleId("T-2")
			    @level("GENERAL")
			    @mode("DIRECT")
			    @basis("文件|第二条")
			    @advice("整改")
			    @confidence("DISTRICT_CLAUSE")
			when
			    $o : Observation(code == "BLOCKED", correctableOnSpot == false)
			then
			    insert(Conclude.finding(kcontext, Conclude.ev($o.at("code"), $o.code())));
			end
			""";

	@Test
	void a_rule_that_did_not_fire_reads_back_each_named_field_of_each_fact_of_its_type_given_or_not() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", RULES)));
		Building building = new Building("buildings[0]", "B1", null, BuildingGrade.B, null,
				new SandwichPanel(true, null, null), null, null, null, null, null, null);

		Explained explained = rules.explain(List.of(building), Set.of("rules.test"));

		assertThat(explained.outcome().findings()).isEmpty();
		assertThat(explained.readings().get("T-1").facts()).containsExactly(
				new Evidence("buildings[0].dangerousBuildingGrade", "B"),
				new Evidence("buildings[0].sandwichPanel.occupied", null));
		assertThat(explained.readings().get("T-1").unmet()).isEmpty();
	}

	@Test
	void a_text_literal_picks_the_facts_a_pattern_means_and_a_pattern_no_fact_meets_is_named() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", RULES)));
		Observation other = new Observation("observations[0]", "OTHER", null, false, false, false, null, null);
		Observation blocked = new Observation("observations[1]", "BLOCKED", null, false, false, true, null, null);

		RuleReading none = rules.explain(List.of(other), Set.of("rules.test")).readings().get("T-2");
		RuleReading corrected = rules.explain(List.of(other, blocked), Set.of("rules.test")).readings().get("T-2");

		assertThat(none.facts()).isEmpty();
		assertThat(none.unmet()).containsExactly("Observation(code == \"BLOCKED\", correctableOnSpot == false)");
		assertThat(corrected.facts()).containsExactly(new Evidence("observations[1].code", "BLOCKED"),
				new Evidence("observations[1].correctableOnSpot", true));
		assertThat(corrected.unmet()).isEmpty();
	}

	@Test
	void explain_concludes_exactly_what_evaluate_concludes_and_reads_back_only_the_clauses_that_concluded_nothing() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("test/t.drl", RULES)));
		Building grade = new Building("buildings[0]", "B1", null, BuildingGrade.D, null, null, null, null, null, null,
				null, null);

		Outcome plain = rules.evaluate(List.of(grade), Set.of("rules.test"));
		Explained explained = rules.explain(List.of(grade), Set.of("rules.test"));

		assertThat(explained.outcome().findings()).hasSize(1).isEqualTo(plain.findings());
		// a clause that concluded is explained by its conclusion, so only the other one is read back
		assertThat(explained.readings()).doesNotContainKey("T-1").containsKey("T-2");
	}

}

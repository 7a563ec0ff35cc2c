package cn.yeji.hazard.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.RulePack;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/determinations?explain=true}: the rule-by-rule account of a verdict (逐条判定过程). */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class ExplanationApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RulesetHolder rulesets;

	@Test
	void explain_accounts_for_every_rule_id_of_the_applicable_packs_exactly_once() throws Exception {
		Ruleset ruleset = rulesets.current();
		LocalDate date = LocalDate.parse(clean().get("inspection").get("date").asString());
		List<RulePack> applicable = ruleset.applicablePacks("341504", FacilityKind.INSTITUTION, date);
		Set<String> expected = new LinkedHashSet<>();
		ruleset.rules().stream().filter(r -> applicable.stream().anyMatch(p -> p.id().equals(r.pack())))
			.map(RuleInfo::ruleId).forEach(expected::add);

		JsonNode verdict = explain(clean());

		List<String> listed = new ArrayList<>();
		verdict.get("explanation").forEach(e -> listed.add(e.get("ruleId").asString()));
		assertThat(expected).hasSizeGreaterThan(40);
		assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		verdict.get("explanation").forEach(e -> assertThat(e.get("outcome").asString()).as(e.get("ruleId").asString())
			.isIn("CLEAR", "FIRED", "INDETERMINATE"));
	}

	@Test
	void a_fired_clause_cites_the_facts_of_its_finding() throws Exception {
		ObjectNode request = clean();
		building(request).put("dangerousBuildingGrade", "C");

		JsonNode entry = entry(explain(request), "MCA2023-4.1");

		assertThat(entry.get("outcome").asString()).isEqualTo("FIRED");
		assertThat(entry.get("pack").asString()).isEqualTo("mca2023");
		assertThat(facts(entry)).containsExactly(Map.entry("buildings[0].dangerousBuildingGrade", "C"));
	}

	@Test
	void a_clear_clause_shows_every_fact_its_conditions_read_as_given() throws Exception {
		ObjectNode request = clean();
		building(request).put("dangerousBuildingGrade", "B");

		JsonNode entry = entry(explain(request), "MCA2023-4.1");

		assertThat(entry.get("outcome").asString()).isEqualTo("CLEAR");
		assertThat(facts(entry)).containsEntry("buildings[0].dangerousBuildingGrade", "B")
			.containsEntry("buildings[0].housingAuthorityMajorRisk", "false")
			.doesNotContainKey("buildings[0].combustibleDecoration");
		// no authority finding was reported (an empty list): the note names the condition nothing met
		assertThat(entry.get("note").asString()).contains("AuthorityFinding(issuer == Issuer.HOUSING");
	}

	@Test
	void a_clear_clause_reports_a_fact_its_conditions_read_but_nobody_gave_as_absent() throws Exception {
		// the clean case has no sandwich panel: whether one is occupied or of what core was never asked

		JsonNode entry = entry(explain(clean()), "GB35181-6.10");

		assertThat(entry.get("outcome").asString()).isEqualTo("CLEAR");
		assertThat(facts(entry)).containsExactly(Map.entry("buildings[0].sandwichPanel.coreFireClass", "null"),
				Map.entry("buildings[0].sandwichPanel.occupied", "null"),
				Map.entry("buildings[0].sandwichPanel.present", "false"));
	}

	@Test
	void an_indeterminate_clause_lists_the_facts_nobody_gave_without_values() throws Exception {
		ObjectNode request = clean();
		building(request).remove("dangerousBuildingGrade");

		JsonNode entry = entry(explain(request), "MCA2023-4.1");

		assertThat(entry.get("outcome").asString()).isEqualTo("INDETERMINATE");
		assertThat(facts(entry)).containsExactly(Map.entry("buildings[0].dangerousBuildingGrade", "null"));
	}

	@Test
	void a_community_facility_is_not_judged_by_mca2023_and_the_explanation_says_so() throws Exception {
		ObjectNode request = clean();
		((ObjectNode) request.get("facility")).put("kind", "COMMUNITY_FACILITY");

		JsonNode verdict = explain(request);

		JsonNode entry = entry(verdict, "MCA2023-4.1");
		assertThat(entry.get("outcome").asString()).isEqualTo("NOT_APPLICABLE");
		assertThat(facts(entry)).containsExactly(Map.entry("facility.kind", "COMMUNITY_FACILITY"));
		assertThat(entry.get("note").asString()).contains("养老机构");
		assertThat(entry(verdict, "GB35181-6.9").get("outcome").asString()).isEqualTo("CLEAR");
	}

	@Test
	void an_inspection_before_mca2023_took_effect_is_not_judged_by_it_and_the_explanation_cites_the_date() throws Exception {
		ObjectNode request = clean();
		((ObjectNode) request.get("inspection")).put("date", "2023-11-26");
		((ObjectNode) request.get("management")).put("lastEvacuationDrill", "2023-05-10");
		((ObjectNode) request.get("management")).put("lastStaffSafetyTraining", "2023-09-01");

		JsonNode verdict = explain(request);

		JsonNode entry = entry(verdict, "MCA2023-4.1");
		assertThat(entry.get("outcome").asString()).isEqualTo("NOT_APPLICABLE");
		assertThat(facts(entry)).containsExactly(Map.entry("inspection.date", "2023-11-26"));
		assertThat(entry.get("note").asString()).contains("2023-11-27");
		assertThat(entry(verdict, "GB35181-6.9").get("outcome").asString()).as("in force in 2023").isEqualTo("CLEAR");
	}

	@Test
	void a_region_outside_yeji_leaves_the_yeji_clauses_not_applicable() throws Exception {
		ObjectNode request = clean();
		((ObjectNode) request.get("facility")).put("regionCode", "340102");
		((ObjectNode) request.get("facility")).remove("township");

		JsonNode verdict = explain(request);

		JsonNode entry = entry(verdict, "YJ-3.1");
		assertThat(entry.get("outcome").asString()).isEqualTo("NOT_APPLICABLE");
		assertThat(facts(entry)).containsExactly(Map.entry("facility.regionCode", "340102"));
		assertThat(entry.get("note").asString()).contains("341504");
		assertThat(entry(verdict, "MCA2023-4.1").get("outcome").asString()).isEqualTo("CLEAR");
	}

	@Test
	void without_explain_the_verdict_has_no_explanation() throws Exception {
		MvcTestResult plain = post("/api/v1/determinations", clean());
		MvcTestResult off = post("/api/v1/determinations?explain=false", clean());

		assertThat(plain).hasStatusOk();
		assertThat(plain).bodyJson().doesNotHavePath("$.explanation");
		assertThat(plain).bodyJson().extractingPath("$.verdict").isEqualTo("NO_HAZARD");
		assertThat(off).bodyJson().doesNotHavePath("$.explanation");
	}

	@Test
	void explain_leaves_the_verdict_itself_unchanged() throws Exception {
		ObjectNode request = clean();
		building(request).put("dangerousBuildingGrade", "C");

		JsonNode plain = JSON.readTree(post("/api/v1/determinations", request).getResponse().getContentAsString());
		ObjectNode explained = (ObjectNode) explain(request);
		explained.remove("explanation");

		assertThat(explained).isEqualTo(plain);
	}

	private JsonNode explain(ObjectNode request) throws Exception {
		MvcTestResult result = post("/api/v1/determinations?explain=true", request);
		assertThat(result).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private MvcTestResult post(String uri, ObjectNode request) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(request.toString()).exchange();
	}

	private static ObjectNode clean() throws Exception {
		JsonNode example = JSON.readTree(Files.readString(TestRules.examplesDir().resolve("common/clean-facility-no-hazard.json")));
		return (ObjectNode) example.get("request").deepCopy();
	}

	private static ObjectNode building(ObjectNode request) {
		return (ObjectNode) request.get("buildings").get(0);
	}

	private static JsonNode entry(JsonNode verdict, String ruleId) {
		for (JsonNode e : verdict.get("explanation")) {
			if (e.get("ruleId").asString().equals(ruleId)) {
				return e;
			}
		}
		throw new AssertionError("no explanation for " + ruleId);
	}

	/** path → value as text ({@code "null"}: not given), in the order listed. */
	private static Map<String, String> facts(JsonNode entry) {
		Map<String, String> facts = new java.util.LinkedHashMap<>();
		entry.get("facts").forEach(f -> facts.put(f.get("path").asString(),
				f.get("value") == null || f.get("value").isNull() ? "null" : f.get("value").asString()));
		return facts;
	}

}

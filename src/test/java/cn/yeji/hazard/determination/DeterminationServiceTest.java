package cn.yeji.hazard.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FindingDto;
import cn.yeji.hazard.api.model.IndeterminateDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.api.model.VerdictDto.VerdictEnum;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import tools.jackson.databind.json.JsonMapper;

/** The contract's semantics, judged through the same service and rules production uses (no Spring). */
class DeterminationServiceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DeterminationService service = TestRules.service();

	@Test
	void grade_d_building_is_a_major_hazard() {
		// given
		DeterminationRequestDto request = request("""
				"buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}]""");

		// when
		VerdictDto verdict = service.determine(request);

		// then
		assertThat(verdict.getVerdict()).isEqualTo(VerdictEnum.MAJOR_HAZARD);
		assertThat(finding(verdict, "MCA2023-4.1").getEvidence())
			.extracting(e -> e.getPath() + "=" + e.getValue())
			.containsExactly("buildings[0].dangerousBuildingGrade=D");
		assertThat(verdict.getIndeterminate()).extracting(IndeterminateDto::getRuleId).doesNotContain("MCA2023-4.1");
	}

	@Test
	void an_omitted_section_leaves_its_clauses_indeterminate_never_compliant() {
		VerdictDto verdict = service.determine(request(""));

		assertThat(verdict.getVerdict()).isEqualTo(VerdictEnum.NO_HAZARD);
		assertThat(verdict.getComplete()).isFalse();
		assertThat(indeterminate(verdict, "MCA2023-4.1").getMissingFacts()).containsExactly("authorityFindings", "buildings");
		assertThat(indeterminate(verdict, "MCA2023-5.3").getMissingFacts()).containsExactly("specialEquipment", "staff");
	}

	@Test
	void an_empty_array_is_known_empty() {
		VerdictDto verdict = service.determine(request("""
				"specialEquipment": [], "authorityFindings": []"""));

		assertThat(verdict.getIndeterminate()).extracting(IndeterminateDto::getRuleId)
			.doesNotContain("MCA2023-4.2", "MCA2023-4.4", "MCA2023-5.3");
	}

	@Test
	void a_known_fact_decides_a_clause_despite_other_unknowns() {
		VerdictDto verdict = service.determine(request("""
				"buildings": [{"id": "B1"}, {"id": "B2", "dangerousBuildingGrade": "C"}]"""));

		assertThat(verdict.getFindings()).extracting(FindingDto::getRuleId).contains("MCA2023-4.1");
		assertThat(verdict.getIndeterminate()).extracting(IndeterminateDto::getRuleId).doesNotContain("MCA2023-4.1");
	}

	@Nested
	class CorrectableOnTheSpot {

		@Test
		void a_blocked_route_corrected_on_the_spot_is_only_a_general_hazard() {
			VerdictDto verdict = service.determine(request("""
					"observations": [{"code": "EVACUATION_ROUTE_BLOCKED", "correctableOnSpot": true}]"""));

			assertThat(finding(verdict, "YJ-2.3").getLevel().getValue()).isEqualTo("GENERAL");
			assertThat(verdict.getVerdict()).isEqualTo(VerdictEnum.GENERAL_HAZARD);
		}

		@Test
		void a_corrected_element_is_a_general_hazard_marked_corrected_that_does_not_count_toward_a_combined_finding() {
			VerdictDto verdict = service.determine(request("""
					"observations": [{"code": "EXITS_INSUFFICIENT"}, {"code": "ROUTE_BARRIER"},
					                 {"code": "REFUGE_NONCOMPLIANT", "correctableOnSpot": true}]"""));

			assertThat(verdict.getFindings()).extracting(FindingDto::getRuleId)
				.contains("GB35181-7.3.3", "GB35181-7.3.9", "GB35181-7.3.1")
				.doesNotContain("GB35181-C3");
			FindingDto corrected = finding(verdict, "GB35181-7.3.1");
			assertThat(corrected.getLevel().getValue()).isEqualTo("GENERAL");
			assertThat(corrected.getEvidence()).extracting(e -> e.getPath() + "=" + e.getValue())
				.contains("observations[2].correctableOnSpot=true");
		}

	}

	@Test
	void three_observations_of_one_code_are_one_element() {
		VerdictDto verdict = service.determine(request("""
				"observations": [{"code": "EXITS_INSUFFICIENT"}, {"code": "EXITS_INSUFFICIENT"},
				                 {"code": "EXITS_INSUFFICIENT"}]"""));

		assertThat(verdict.getFindings()).extracting(FindingDto::getRuleId)
			.containsExactly("GB35181-7.3.3");
		assertThat(finding(verdict, "GB35181-7.3.3").getEvidence()).hasSize(3);
	}

	@Test
	void three_distinct_crowded_elements_are_a_combined_major_hazard_citing_each() {
		DeterminationRequestDto request = request(THREE_CROWDED);
		request.getInspection().setDate(LocalDate.of(2025, 10, 31)); // the last day GB 35181-2017 was in force

		VerdictDto verdict = service.determine(request);

		assertThat(verdict.getVerdict()).isEqualTo(VerdictEnum.MAJOR_HAZARD);
		assertThat(finding(verdict, "GB35181-C3").getEvidence()).extracting(e -> e.getPath())
			.containsExactly("observations[0].code", "observations[1].code", "observations[2].code");
	}

	private static final String THREE_CROWDED = """
			"observations": [{"code": "EXITS_INSUFFICIENT"}, {"code": "ROUTE_BARRIER"},
			                 {"code": "SMOKE_CONTROL_DEFECT"}]""";

	@Nested
	class PackWindows {

		@Test
		void from_2025_11_01_gb35181_2017_findings_are_at_most_review_keep_their_clause_and_say_why() {
			DeterminationRequestDto request = request(THREE_CROWDED);
			request.getInspection().setDate(LocalDate.of(2025, 11, 1));

			VerdictDto verdict = service.determine(request);

			assertThat(verdict.getVerdict()).isEqualTo(VerdictEnum.EXPERT_REVIEW);
			FindingDto c3 = finding(verdict, "GB35181-C3");
			assertThat(c3.getLevel().getValue()).isEqualTo("REVIEW");
			assertThat(c3.getMode().getValue()).isEqualTo("COMBINED");
			assertThat(c3.getEvidence()).hasSize(3);
			assertThat(c3.getBasis()).extracting(b -> b.getDocument() + " " + b.getClause())
				.anySatisfy(b -> assertThat(b).contains("5.3.3 a)"))
				.anySatisfy(b -> assertThat(b).contains("仅作参考").contains("2025-10-31").contains("GB 35181-2025"));
			assertThat(finding(verdict, "GB35181-7.3.3").getLevel().getValue()).as("a general finding stays general")
				.isEqualTo("GENERAL");
			assertThat(verdict.getCoverage().getPacks()).extracting(p -> p.getId() + "=" + p.getStatus().getValue())
				.as("no facility kind: an institution").containsExactly("gb35181-2017=REFERENCE", "mca2023=IN_FORCE",
						"yeji-341504=DRAFT");
		}

		@Test
		void without_an_inspection_date_the_packs_stand_as_they_do_today() {
			DeterminationRequestDto request = request(THREE_CROWDED);
			request.setInspection(null);

			VerdictDto verdict = service.determine(request);

			assertThat(verdict.getReferenceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
			assertThat(finding(verdict, "GB35181-C3").getLevel().getValue()).isEqualTo("REVIEW");
			assertThat(verdict.getCoverage().getNotEncoded()).extracting(n -> n.getDocument() + " " + n.getClause())
				.contains("GB 35181-2025《重大火灾隐患判定规则》 全文");
		}

		@Test
		void a_draft_guidelines_findings_say_it_was_not_issued_and_national_ones_do_not() {
			DeterminationRequestDto request = request("""
					"observations": [{"code": "EBIKE_INDOOR_CHARGING"}],
					"buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}]""");

			VerdictDto verdict = service.determine(request);

			assertThat(finding(verdict, "YJ-2.6").getBasis()).anySatisfy(b -> assertThat(b.getClause()).startsWith("指引未印发"));
			assertThat(finding(verdict, "MCA2023-4.1").getBasis()).noneSatisfy(b -> assertThat(b.getClause())
				.satisfiesAnyOf(c -> assertThat(c).contains("指引未印发"), c -> assertThat(c).contains("仅作参考")));
		}

	}

	@Test
	void the_district_pack_applies_only_in_its_region() {
		String facts = """
				"management": {"duty24h": false}""";

		VerdictDto yeji = service.determine(request(facts));
		VerdictDto elsewhere = service.determine(request(facts).facility(request(facts).getFacility().regionCode("341502")));

		assertThat(yeji.getFindings()).extracting(FindingDto::getRuleId).contains("YJ-2.9");
		assertThat(elsewhere.getFindings()).extracting(FindingDto::getRuleId).doesNotContain("YJ-2.9");
		assertThat(elsewhere.getIndeterminate()).extracting(IndeterminateDto::getRuleId).noneMatch(id -> id.startsWith("YJ-"));
	}

	@Test
	void without_an_inspection_date_periods_are_measured_from_today_in_shanghai() {
		DeterminationRequestDto request = request("""
				"management": {"lastStaffSafetyTraining": "2026-05-19"}""");
		request.setInspection(null);

		VerdictDto verdict = service.determine(request);

		assertThat(verdict.getReferenceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(verdict.getFindings()).extracting(FindingDto::getRuleId).contains("YJ-2.11");
	}

	@Test
	void verdicts_stay_the_same_after_the_engine_compiles_hot_constraints() {
		// Drools JIT-compiles a constraint after 20 evaluations; 10.2.0 breaks some operators there (kie-drools#6711).
		DeterminationRequestDto request = request("""
				"observations": [{"code": "EXITS_INSUFFICIENT"}, {"code": "FIRE_DOORS_DAMAGED", "ratio": 0.6}]""");
		VerdictDto first = service.determine(request);

		for (int i = 0; i < 200; i++) {
			assertThat(service.determine(request).getFindings()).as("run %d", i).isEqualTo(first.getFindings());
		}
		assertThat(first.getFindings()).extracting(FindingDto::getRuleId).contains("GB35181-7.3.3", "GB35181-7.2.2");
	}

	@Test
	void the_verdict_names_the_rule_set_that_produced_it() {
		VerdictDto verdict = service.determine(request(""));

		assertThat(verdict.getRuleset().getVersion()).isEqualTo(TestRules.shipped().version());
		assertThat(verdict.getFacilityId()).isEqualTo("F-1");
	}

	@Nested
	class RequestsTheContractRejects {

		@Test
		void an_observation_code_not_in_the_catalog() {
			assertThatThrownBy(() -> service.determine(request("""
					"observations": [{"code": "EXITS_INSUFFICIENT"}, {"code": "NO_SUCH_CODE"}]""")))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field, FieldProblem::value)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("observations[1].code", "NO_SUCH_CODE")));
		}

		@Test
		void a_variant_the_code_does_not_list_and_a_variant_on_a_code_without_variants() {
			assertThatThrownBy(() -> service.determine(request("""
					"observations": [{"code": "FIRE_FACILITY_SHUT_OFF", "variant": "SMOKE_CONTROL"},
					                 {"code": "EXITS_INSUFFICIENT", "variant": "LOCKED_OR_SEALED"},
					                 {"code": "FIRE_FACILITY_SHUT_OFF", "variant": "HYDRANT"}]""")))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactly("observations[0].variant", "observations[1].variant"));
		}

		@Test
		void never_held_beside_a_date_of_the_last_one_names_both() {
			assertThatThrownBy(() -> service.determine(request("""
					"management": {"evacuationDrillNever": true, "lastEvacuationDrill": "2026-05-10",
					               "staffSafetyTrainingNever": true}""")))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactly("management.evacuationDrillNever", "management.lastEvacuationDrill"));
		}

		@Test
		void a_building_id_that_names_no_building_and_more_dependents_than_residents_are_both_named() {
			DeterminationRequestDto request = request("""
					"buildings": [{"id": "B1"}], "observations": [{"code": "EXITS_INSUFFICIENT", "buildingId": "B9"}]""");
			request.getFacility().residentCount(10).dependentResidentCount(11);

			assertThatThrownBy(() -> service.determine(request))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("observations[0].buildingId", "facility.dependentResidentCount"));
		}

	}

	private static DeterminationRequestDto request(String sections) {
		String body = """
				{"facility": {"id": "F-1", "name": "测试养老院", "regionCode": "341504"},
				 "inspection": {"date": "2026-11-20"}%s}""".formatted(sections.isBlank() ? "" : ", " + sections);
		return JSON.readValue(body, DeterminationRequestDto.class);
	}

	private static FindingDto finding(VerdictDto verdict, String ruleId) {
		return verdict.getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).findFirst()
			.orElseThrow(() -> new AssertionError(ruleId + " not among findings " + verdict.getFindings()));
	}

	private static IndeterminateDto indeterminate(VerdictDto verdict, String ruleId) {
		return verdict.getIndeterminate().stream().filter(i -> i.getRuleId().equals(ruleId)).findFirst()
			.orElseThrow(() -> new AssertionError(ruleId + " not indeterminate: " + verdict.getIndeterminate()));
	}

}

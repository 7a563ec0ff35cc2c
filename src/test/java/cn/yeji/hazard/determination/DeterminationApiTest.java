package cn.yeji.hazard.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.yeji.hazard.TestRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class DeterminationApiTest {

	private static final String FACILITY = """
			"facility": {"id": "F-1", "name": "测试养老院", "regionCode": "341504"}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Test
	void an_example_case_posted_over_http_gets_its_expected_verdict() throws Exception {
		JsonNode example = JSON.readTree(Files.readString(TestRules.examplesDir().resolve("common/clean-facility-no-hazard.json")));

		MvcTestResult result = post(example.get("request").toString());

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.verdict").isEqualTo("NO_HAZARD");
		assertThat(result).bodyJson().extractingPath("$.complete").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.ruleset.version").asString().startsWith("sha256:");
	}

	@Test
	void a_finding_cites_clause_basis_evidence_and_advice() {
		MvcTestResult result = post("{" + FACILITY + """
				, "inspection": {"date": "2026-11-20"},
				  "buildings": [{"id": "B1", "dangerousBuildingGrade": "C"}]}""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.findings[0].ruleId").isEqualTo("MCA2023-4.1");
		assertThat(result).bodyJson().extractingPath("$.findings[0].level").isEqualTo("MAJOR");
		assertThat(result).bodyJson().extractingPath("$.findings[0].evidence[0].path")
			.isEqualTo("buildings[0].dangerousBuildingGrade");
		assertThat(result).bodyJson().extractingPath("$.findings[0].basis[0].clause").isEqualTo("第四条第（一）项");
		assertThat(result).bodyJson().extractingPath("$.findings[0].advice").asString().isNotBlank();
	}

	static Stream<Arguments> malformed() {
		String longName = "名".repeat(201);
		return Stream.of(
				Arguments.of("malformed JSON", "{\"facility\": ", "(body)", null),
				Arguments.of("empty body", "", "(body)", null),
				Arguments.of("facility missing", "{}", "facility", null),
				Arguments.of("facility.id missing", "{\"facility\": {\"name\": \"n\", \"regionCode\": \"341504\"}}",
						"facility.id", null),
				Arguments.of("facility.id with a space", body("\"facility\": {\"id\": \"a b\", \"name\": \"n\", \"regionCode\": \"341504\"}"),
						"facility.id", "a b"),
				Arguments.of("regionCode not 6 digits", body("\"facility\": {\"id\": \"F\", \"name\": \"n\", \"regionCode\": \"3415\"}"),
						"facility.regionCode", "3415"),
				Arguments.of("name too long", body("\"facility\": {\"id\": \"F\", \"name\": \"" + longName + "\", \"regionCode\": \"341504\"}"),
						"facility.name", longName),
				Arguments.of("bedCount a string", body("\"facility\": {\"id\": \"F\", \"name\": \"n\", \"regionCode\": \"341504\", \"bedCount\": \"many\"}"),
						"facility.bedCount", null),
				Arguments.of("bedCount negative", body("\"facility\": {\"id\": \"F\", \"name\": \"n\", \"regionCode\": \"341504\", \"bedCount\": -1}"),
						"facility.bedCount", -1),
				Arguments.of("bedCount a fraction", body("\"facility\": {\"id\": \"F\", \"name\": \"n\", \"regionCode\": \"341504\", \"bedCount\": 1.5}"),
						"facility.bedCount", null),
				Arguments.of("dependents exceed residents", body("\"facility\": {\"id\": \"F\", \"name\": \"n\", \"regionCode\": \"341504\", \"residentCount\": 5, \"dependentResidentCount\": 6}"),
						"facility.dependentResidentCount", 6),
				Arguments.of("unknown enum value", withFacility("\"buildings\": [{\"id\": \"B1\", \"dangerousBuildingGrade\": \"E\"}]"),
						"buildings[0].dangerousBuildingGrade", "E"),
				Arguments.of("boolean as a string", withFacility("\"buildings\": [{\"id\": \"B1\", \"highRise\": \"yes\"}]"),
						"buildings[0].highRise", null),
				Arguments.of("building without id", withFacility("\"buildings\": [{\"name\": \"1号楼\"}]"),
						"buildings[0].id", null),
				Arguments.of("buildings not an array", withFacility("\"buildings\": {\"id\": \"B1\"}"), "buildings", null),
				Arguments.of("ratio above 1", withFacility("\"observations\": [{\"code\": \"FIRE_DOORS_DAMAGED\", \"ratio\": 1.5}]"),
						"observations[0].ratio", 1.5),
				Arguments.of("unknown observation code", withFacility("\"observations\": [{\"code\": \"NOPE\"}]"),
						"observations[0].code", "NOPE"),
				Arguments.of("observation without code", withFacility("\"observations\": [{\"ratio\": 0.2}]"),
						"observations[0].code", null),
				Arguments.of("null observation", withFacility("\"observations\": [null]"), "observations[0]", null),
				Arguments.of("buildingId naming no building", withFacility("\"buildings\": [{\"id\": \"B1\"}], \"observations\": [{\"code\": \"EXITS_INSUFFICIENT\", \"buildingId\": \"B2\"}]"),
						"observations[0].buildingId", "B2"),
				Arguments.of("invalid date", withFacility("\"inspection\": {\"date\": \"2026-13-01\"}"), "inspection.date", null),
				Arguments.of("unknown channel", withFacility("\"inspection\": {\"channel\": \"PHONE\"}"), "inspection.channel", "PHONE"),
				Arguments.of("authority finding without majorHazard", withFacility("\"authorityFindings\": [{\"scope\": \"GAS\"}]"),
						"authorityFindings[0].majorHazard", null),
				Arguments.of("negative staff per shift", withFacility("\"fireControlRoom\": {\"present\": true, \"staffPerShift\": -1}"),
						"fireControlRoom.staffPerShift", -1),
				Arguments.of("duplicate key", "{" + FACILITY + ", " + FACILITY + "}", "(body)", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void a_malformed_request_is_a_400_problem_naming_the_field(String name, String body, String field, Object value) {
		MvcTestResult result = post(body);

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
		List<Map<String, Object>> errors = errors(result);
		assertThat(errors).as("errors of %s", name).anySatisfy(error -> {
			assertThat(error.get("field")).isEqualTo(field);
			assertThat((String) error.get("message")).isNotBlank();
			if (value != null) {
				assertThat(String.valueOf(error.get("value"))).isEqualTo(String.valueOf(value));
			}
		});
	}

	@Test
	void every_offending_field_is_named_in_one_answer() {
		MvcTestResult result = post(body("""
				"facility": {"id": "a b", "name": "", "regionCode": "12"},
				"observations": [{"code": "NOPE"}]"""));

		assertThat(result).hasStatus(400);
		assertThat(errors(result)).extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("facility.id", "facility.name", "facility.regionCode", "observations[0].code");
	}

	@Test
	void every_wrongly_typed_field_is_named_in_one_answer() {
		MvcTestResult result = post("{" + FACILITY + """
				, "buildings": [{"id": "B1", "dangerousBuildingGrade": "E", "highRise": "yes"}],
				  "inspection": {"date": "2026-13-01"}}""");

		assertThat(result).hasStatus(400);
		assertThat(errors(result)).extracting(e -> e.get("field"), e -> e.get("value"))
			.contains(org.assertj.core.groups.Tuple.tuple("buildings[0].dangerousBuildingGrade", "E"),
					org.assertj.core.groups.Tuple.tuple("buildings[0].highRise", "yes"),
					org.assertj.core.groups.Tuple.tuple("inspection.date", "2026-13-01"));
	}

	@Test
	void the_benchmark_echo_endpoint_does_not_exist_outside_the_bench_profile() {
		assertThat(mvc.post().uri("/bench/echo").contentType(MediaType.APPLICATION_JSON).content("{" + FACILITY + "}"))
			.hasStatus(404);
	}

	@Test
	void the_openapi_document_and_its_browsable_page_are_served() {
		assertThat(mvc.get().uri("/openapi.yaml")).hasStatusOk().bodyText().contains("/api/v1/determinations");
		assertThat(mvc.get().uri("/api.html")).hasStatusOk().bodyText().contains("swagger-ui");
		assertThat(mvc.get().uri("/webjars/swagger-ui/swagger-ui-bundle.js")).hasStatusOk();
	}

	private MvcTestResult post(String body) {
		return mvc.post().uri("/api/v1/determinations").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(MvcTestResult result) {
		try {
			JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
			return JSON.convertValue(problem.get("errors"), List.class);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(String sections) {
		return "{" + sections + "}";
	}

	private static String withFacility(String sections) {
		return "{" + FACILITY + ", " + sections + "}";
	}


}

package cn.yeji.hazard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.commandline.RulesCli;

/**
 * One reading of a case everywhere: a request HTTP refuses is a case {@code mvn verify} (the runner the
 * golden-case test uses) and {@code rules test} refuse, naming the same fields, and a request HTTP judges
 * is a case both accept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseParityTest {

	private static final String CLEAN = "common/clean-facility-no-hazard.json";

	@LocalServerPort
	int port;

	@TempDir
	Path cases;

	@Test
	void a_case_is_refused_by_verify_and_rules_test_exactly_when_http_refuses_its_request() throws IOException {
		// given the clean case, and copies of it whose request HTTP must refuse
		String clean = Files.readString(TestRules.examplesDir().resolve(CLEAN));
		Map<String, String> variants = new LinkedHashMap<>();
		variants.put("clean.json", clean);
		variants.put("boolean-as-text.json", clean.replace("\"duty24h\": true", "\"duty24h\": \"true\""));
		variants.put("fraction-as-count.json", clean.replace("\"bedCount\": 120", "\"bedCount\": 120.5"));
		variants.put("unknown-field.json", clean.replace("\"bedCount\": 120", "\"bedcount\": 120"));
		variants.put("pattern.json", clean.replace("\"regionCode\": \"341504\"", "\"regionCode\": \"3415\""));
		variants.put("contract.json", clean.replace("\"observations\": []", "\"observations\": [{\"code\": \"NOPE\"}]"));
		for (var v : variants.entrySet()) {
			if (!v.getKey().equals("clean.json")) {
				assertThat(v.getValue()).as("%s changes the clean case", v.getKey()).isNotEqualTo(clean);
			}
			Files.writeString(cases.resolve(v.getKey()), v.getValue());
		}
		CaseRunner runner = new CaseRunner(TestRules.shipped(), TestRules.CLOCK);
		Api api = new Api(port);

		for (String name : variants.keySet()) {
			// when HTTP judges the request, and the runner checks the case
			Reply http = api.post("/api/v1/determinations", Api.JSON.readTree(variants.get(name)).get("request").toString());
			CaseRunner.CaseResult verify = runner.check(CaseRunner.read(cases, cases.resolve(name)));

			// then both refuse it, naming the same fields, or both accept it
			if (http.status() == 200) {
				assertThat(verify.failures()).as(name).isEmpty();
			}
			else {
				assertThat(http.status()).as(name).isEqualTo(400);
				List<String> fields = http.json().get("errors").findValuesAsString("field");
				assertThat(verify.failures()).as(name).singleElement()
					.satisfies(f -> assertThat(f).contains(fields));
			}
		}

		// and rules test fails exactly the cases HTTP refused
		Run run = cli("rules", "test", "--rules", TestRules.rulesDir().toString(), "--cases", cases.toString());
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out().lines().filter(l -> l.startsWith("FAIL ")).map(l -> l.substring(5).split(" ")[0]))
			.containsExactlyInAnyOrder("boolean-as-text.json", "fraction-as-count.json", "unknown-field.json",
					"pattern.json", "contract.json");
		assertThat(run.out()).contains("1 passed, 5 failed");
	}

	@Test
	void a_case_without_an_inspection_date_is_refused_by_both_because_it_would_depend_on_today() throws IOException {
		String undated = Files.readString(TestRules.examplesDir().resolve(CLEAN))
			.replace("\"date\": \"2026-11-20\",", "");
		Files.writeString(cases.resolve("undated.json"), undated);

		CaseRunner.CaseResult verify = new CaseRunner(TestRules.shipped(), TestRules.CLOCK)
			.check(CaseRunner.read(cases, cases.resolve("undated.json")));
		Run run = cli("rules", "test", "--rules", TestRules.rulesDir().toString(), "--cases", cases.toString());

		assertThat(verify.failures()).singleElement().satisfies(f -> assertThat(f).contains("inspection.date"));
		assertThat(run.out()).contains("FAIL undated.json").contains("inspection.date").contains("0 passed, 1 failed");
	}

	private static Run cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = RulesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exit, String out) {
	}

}

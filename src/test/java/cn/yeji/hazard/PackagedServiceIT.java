package cn.yeji.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.cases.CaseCheck;
import cn.yeji.hazard.cases.ExampleCase;
import cn.yeji.hazard.cases.ExampleCases;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar, started as an operator would start it, answers over real HTTP. */
class PackagedServiceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path tmp;

	@Test
	void the_packaged_service_judges_example_cases_and_serves_its_api_description_over_http() throws Exception {
		try (PackagedService service = PackagedService.start(tmp.resolve("out.log"),
				"--hazard.rules.dir=" + TestRules.rulesDir(), "--hazard.data.dir=" + tmp.resolve("data")).awaitHealthy()) {
			for (String name : List.of("common/clean-facility-no-hazard.json")) {
				ExampleCase example = ExampleCases.read(TestRules.examplesDir(), TestRules.examplesDir().resolve(name));

				HttpResponse<String> response = service.post("/api/v1/determinations", JSON.writeValueAsString(example.request()));

				assertThat(response.statusCode()).isEqualTo(200);
				VerdictDto verdict = JSON.readValue(response.body(), VerdictDto.class);
				assertThat(CaseCheck.failures(example.expect(), verdict)).as(name).isEmpty();
			}

			HttpResponse<String> yaml = service.get("/openapi.yaml");

			assertThat(yaml.statusCode()).isEqualTo(200);
			assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/yaml").containsIgnoringCase("charset=utf-8"));
			assertThat(yaml.body()).startsWith("openapi:");
			assertThat(rawChineseQuery(service.port())).as("Tomcat's own rejection, from the jar's class loader")
				.startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
		}
	}

	/** A request line with unencoded Chinese, which Tomcat refuses before the application sees it. */
	private static String rawChineseQuery(int port) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write("GET /api/v1/hazards?township=三元镇 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			socket.shutdownOutput();
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	@Test
	void a_syntax_error_in_a_rule_file_stops_start_up_naming_file_and_line() throws Exception {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		Path drl = rules.resolve("yeji-341504/3.1-buildings.drl");
		List<String> lines = new ArrayList<>(Files.readAllLines(drl));
		int whenLine = lines.indexOf("when") + 1;
		lines.set(whenLine - 1, "whenn");
		Files.write(drl, lines);

		try (PackagedService service = PackagedService.start(tmp.resolve("broken.log"), "--hazard.rules.dir=" + rules,
				"--hazard.data.dir=" + tmp.resolve("data"))) {
			assertThat(service.process().waitFor(90, TimeUnit.SECONDS)).as("the service must stop by itself").isTrue();
			assertThat(service.process().exitValue()).isNotZero();
			assertThat(service.output()).contains("yeji-341504/3.1-buildings.drl:");
		}
	}

}

package cn.yeji.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
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

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Process> started = new ArrayList<>();

	@TempDir
	Path tmp;

	@AfterEach
	void stop() {
		started.forEach(Process::destroy);
	}

	@Test
	void the_packaged_service_judges_example_cases_over_http() throws Exception {
		int port = freePort();
		Process service = start(port, TestRules.rulesDir(), tmp.resolve("out.log"));
		waitUntilHealthy(service, port, tmp.resolve("out.log"));

		for (String name : List.of("common/clean-facility-no-hazard.json")) {
			ExampleCase example = ExampleCases.read(TestRules.examplesDir(), TestRules.examplesDir().resolve(name));
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/determinations"))
				.header("Authorization", Api.basicHeader("admin", "it-admin-secret"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(example.request())))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(200);
			VerdictDto verdict = JSON.readValue(response.body(), VerdictDto.class);
			assertThat(CaseCheck.failures(example.expect(), verdict)).as(name).isEmpty();
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

		Path log = tmp.resolve("broken.log");
		Process service = start(freePort(), rules, log);

		assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service must stop by itself").isTrue();
		assertThat(service.exitValue()).isNotZero();
		assertThat(Files.readString(log)).contains("yeji-341504/3.1-buildings.drl:");
	}

	private Process start(int port, Path rules, Path log) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process p = new ProcessBuilder(java, "-jar", System.getProperty("hazard.jar", "target/hazard-judge.jar"),
				"--server.port=" + port, "--hazard.rules.dir=" + rules, "--hazard.data.dir=" + log.getParent().resolve("data"),
				"--hazard.security.admin-password=it-admin-secret")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		started.add(p);
		return p;
	}

	private void waitUntilHealthy(Process service, int port, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			assertThat(service.isAlive()).as("service exited early:\n%s", Files.readString(log)).isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("service not healthy within 90 s:\n" + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}


}

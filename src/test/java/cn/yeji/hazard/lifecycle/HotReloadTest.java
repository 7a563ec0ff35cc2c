package cn.yeji.hazard.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.rules.RulesFolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Officers revise the rules while inspectors keep submitting: a broken revision never serves, a good one
 * serves within seconds, and no request fails on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotReloadTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FILE = "yeji-341504/3.1-buildings.drl";

	private static final Path RULES = rulesCopy();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("hazard.rules.dir", RULES::toString);
		registry.add("hazard.rules.debounce", () -> "200ms");
	}

	@Test
	void a_broken_revision_never_serves_and_a_good_one_serves_within_seconds_without_a_failed_request() throws Exception {
		// given inspectors submitting from four threads
		String original = version();
		String request = JSON.writeValueAsString(JSON.readTree(Files.readString(
				TestRules.examplesDir().resolve("yeji-341504/3.1-elderly-rooms-on-non-compliant-floor-is-major.json")))
			.get("request"));
		List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService inspectors = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			inspectors.submit(() -> {
				while (running.get()) {
					answers.add(post(request));
				}
				return null;
			});
		}
		String text = Files.readString(RULES.resolve(FILE));

		// when an officer saves a broken file
		write(text.replace("\nwhen\n", "\nwhenn\n"));
		JsonNode rejected = awaitReload(a -> "REJECTED".equals(a.path("outcome").asString()));

		// then it is reported with file and line, and the old rules keep serving
		assertThat(rejected.get("problems").get(0).get("file").asString()).isEqualTo(FILE);
		assertThat(rejected.get("problems").get(0).get("line").asInt()).isPositive();
		assertThat(version()).isEqualTo(original);

		// when the officer saves a good revision
		String revised = text.replace("停止在相关楼层安排老年人居住和活动。", "停止在相关楼层安排老年人居住和活动，并报区民政局备案。");
		write(revised);
		String expected = RulesFolder.version(RULES);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!version().equals(expected) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		Thread.sleep(300);
		running.set(false);
		inspectors.shutdown();
		assertThat(inspectors.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		// then it serves, and every request on the way was answered from the old or the new rules
		assertThat(version()).isEqualTo(expected).isNotEqualTo(original);
		assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
		assertThat(answers).extracting(Answer::version).containsOnly(original, expected);
		assertThat(answers).filteredOn(a -> a.version().equals(expected)).isNotEmpty();
		assertThat(answers).extracting(Answer::advice).allMatch(a -> a.endsWith("居住和活动。") || a.endsWith("并报区民政局备案。"));
	}

	private void write(String content) throws IOException {
		// Editors save in many ways; a write-then-move is the one a reader can never see half done.
		Path tmp = RULES.resolve(FILE + ".tmp~");
		Files.writeString(tmp, content);
		Files.move(tmp, RULES.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private JsonNode awaitReload(java.util.function.Predicate<JsonNode> done) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			JsonNode last = ruleset().path("lastReload");
			if (!last.isMissingNode() && !last.isNull() && done.test(last)) {
				return last;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no such reload within 20 s: " + ruleset());
	}

	private String version() throws Exception {
		return ruleset().get("version").asString();
	}

	private JsonNode ruleset() throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ruleset"))
				.header("Authorization", new cn.yeji.hazard.Api(port).authorization()).build(),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(r.body());
	}

	private Answer post(String body) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/determinations"))
				.header("Authorization", new cn.yeji.hazard.Api(port).authorization())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			return new Answer(r.statusCode(), "", "");
		}
		JsonNode verdict = JSON.readTree(r.body());
		return new Answer(200, verdict.get("ruleset").get("version").asString(),
				yj31Advice(verdict.get("findings")));
	}

	private static Path rulesCopy() {
		try {
			return TestRules.copyOfShippedRules(Files.createTempDirectory("hot-reload-").resolve("rules"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The advice of YJ-3.1, the clause the revision rewords (the national 6.9 fires beside it). */
	private static String yj31Advice(JsonNode findings) {
		for (JsonNode f : findings) {
			if (f.get("ruleId").asString().equals("YJ-3.1")) {
				return f.get("advice").asString();
			}
		}
		return "";
	}

	record Answer(int status, String version, String advice) {
	}

}

package cn.yeji.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.cases.ExampleCases;
import tools.jackson.databind.json.JsonMapper;

/**
 * Revisions as users run them, from the packaged jar: its class loading and thread pools differ from the
 * test classpath, and the first use of some Drools classes on a pool thread once broke judging for good.
 */
class PackagedRulesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DAILY = "yeji-341504/2.1-fire-control-room.drl";

	@TempDir
	Path tmp;

	/** Before the service had threads of its own, 2 of 6 such runs died with ExceptionInInitializerError. */
	@Test
	void rules_diff_from_the_jar_reports_without_crashing_every_time() throws Exception {
		Path candidate = revised(tmp.resolve("candidate"));
		for (int run = 1; run <= 6; run++) {
			PackagedService.Run diff = PackagedService.run(tmp.resolve("diff-" + run + ".log"), "rules", "diff",
					"--base", TestRules.rulesDir().toString(), "--candidate", candidate.toString(),
					"--cases", TestRules.examplesDir().toString(), "--format", "json");

			assertThat(diff.exit()).as("run %d:\n%s", run, diff.out()).isZero();
			assertThat(diff.out()).doesNotContain("NoClassDefFoundError").doesNotContain("Exception");
		}
	}

	@Test
	void a_fresh_jar_reloads_a_revision_then_judges_200_requests_without_a_5xx() throws Exception {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		try (PackagedService service = PackagedService.start(tmp.resolve("service.log"), "--hazard.rules.dir=" + rules,
				"--hazard.data.dir=" + tmp.resolve("data"), "--hazard.examples.dir=" + TestRules.examplesDir(),
				"--hazard.rules.watch=false", "--hazard.limits.writes-per-minute=100000").awaitHealthy()) {
			revised(rules);

			HttpResponse<String> reload = service.post("/api/v1/ruleset/reload", "");

			assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
			assertThat(JSON.readTree(reload.body()).get("outcome").asString()).as(reload.body()).isEqualTo("ACTIVATED");
			assertThat(judge200(service)).as(service.output()).containsOnly(200);
		}
	}

	/** 200 determinations of example requests from four clients at once; their status codes. */
	private static List<Integer> judge200(PackagedService service) throws Exception {
		List<String> bodies = new ArrayList<>();
		for (String name : List.of("common/clean-facility-no-hazard.json",
				"yeji-341504/4.4-fire-acceptance-missing-is-review-and-escalated.json")) {
			bodies.add(JSON.writeValueAsString(
					ExampleCases.read(TestRules.examplesDir(), TestRules.examplesDir().resolve(name)).request()));
		}
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String body = bodies.get(i % bodies.size());
				answers.add(clients.submit(() -> service.post("/api/v1/determinations", body).statusCode()));
			}
			List<Integer> codes = new ArrayList<>();
			for (Future<Integer> a : answers) {
				codes.add(a.get());
			}
			return codes;
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** A revision that changes no verdict: a comment added to one file. */
	private static Path revised(Path rules) throws Exception {
		if (!Files.exists(rules)) {
			TestRules.copyOfShippedRules(rules);
		}
		Path file = rules.resolve(DAILY);
		Files.writeString(file, Files.readString(file) + "\n// 修订说明：无实质变化\n");
		return rules;
	}

}

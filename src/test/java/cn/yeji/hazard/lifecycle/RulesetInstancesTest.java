package cn.yeji.hazard.lifecycle;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.HazardJudgeApplication;
import cn.yeji.hazard.LocalPostgres;
import cn.yeji.hazard.TestRules;
import tools.jackson.databind.JsonNode;

/** The rule-set history outlives a restart, and instances sharing a database serve the same approved rules. */
class RulesetInstancesTest {

	private static final String DAILY = "yeji-341504/2.1-fire-control-room.drl";

	@TempDir
	Path tmp;

	@Test
	void the_history_of_activations_survives_a_restart() throws IOException {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		String[] args = args(rules, "--hazard.data.dir=" + tmp.resolve("data"));
		String first;
		String second;
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(HazardJudgeApplication.class).run(args)) {
			Api admin = new Api(port(service));
			first = admin.get("/api/v1/ruleset").json().get("version").asString();
			Files.writeString(rules.resolve(DAILY), Files.readString(rules.resolve(DAILY)) + "\n// 修订说明：无实质变化\n");
			second = admin.post("/api/v1/ruleset/reload", "").json().get("version").asString();
		}

		try (ConfigurableApplicationContext again = new SpringApplicationBuilder(HazardJudgeApplication.class).run(args)) {
			JsonNode history = new Api(port(again)).get("/api/v1/ruleset/history").json();

			assertThat(history.get(0).get("version").asString()).isEqualTo(second);
			assertThat(history.get(0).get("source").asString()).isEqualTo("RELOAD");
			assertThat(history.get(0).get("activatedBy").asString()).isEqualTo("admin");
			assertThat(history.findValuesAsString("version")).containsSubsequence(second, first);
			assertThat(history.findValuesAsString("source")).as("a restart on the same rules adds nothing").last()
				.isEqualTo("START");
		}
	}

	@Test
	void two_instances_on_one_postgresql_serve_an_approval_made_on_either_within_ten_seconds() throws Exception {
		LocalPostgres.require();
		String schema = LocalPostgres.newSchema();
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		List<ConfigurableApplicationContext> services = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				services.add(new SpringApplicationBuilder(HazardJudgeApplication.class).run(args(rules,
						"--spring.profiles.active=postgres", "--spring.datasource.url=" + LocalPostgres.url(schema),
						"--spring.flyway.schemas=" + schema, "--hazard.data.dir=" + tmp.resolve("data-" + i))));
			}
			Api a = new Api(port(services.get(0)));
			Api b = new Api(port(services.get(1)));
			a.createUser("inst-proposer", PASSWORD, "RULE_ADMIN", null);
			a.createUser("inst-approver", PASSWORD, "RULE_ADMIN", null);
			String before = b.get("/api/v1/ruleset").json().get("version").asString();

			// when a revision proposed on one instance is approved on the other
			byte[] revised = (Files.readString(rules.resolve(DAILY)) + "\n// 修订说明：审批测试\n").getBytes(StandardCharsets.UTF_8);
			long id = new Api(port(services.get(0)), "inst-proposer", PASSWORD)
				.upload("/api/v1/ruleset/revisions", "files", DAILY, revised).json().get("id").asLong();
			JsonNode approved = new Api(port(services.get(1)), "inst-approver", PASSWORD)
				.post("/api/v1/ruleset/revisions/" + id + "/approve", "{\"reason\": \"同意\"}").json();
			long approvedAt = System.nanoTime();
			String after = approved.get("version").asString();

			// then the first takes it up within ten seconds, and neither reloads from its folder alone
			String served = before;
			while (!served.equals(after) && System.nanoTime() - approvedAt < 10_000_000_000L) {
				Thread.sleep(200);
				served = a.get("/api/v1/ruleset").json().get("version").asString();
			}
			assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
			assertThat(after).isNotEqualTo(before);
			assertThat(b.get("/api/v1/ruleset").json().get("version").asString()).isEqualTo(after);
			assertThat(served).as("the other instance within 10 s").isEqualTo(after);
			assertThat(a.post("/api/v1/ruleset/reload", "").status()).isEqualTo(409);
		}
		finally {
			services.forEach(ConfigurableApplicationContext::close);
			LocalPostgres.drop(schema);
		}
	}

	private String[] args(Path rules, String... more) throws IOException {
		Path examples = Files.createDirectories(tmp.resolve("examples"));
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--hazard.rules.dir=" + rules,
				"--hazard.examples.dir=" + examples, "--hazard.rules.watch=false"));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static int port(ConfigurableApplicationContext service) {
		return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
	}

}

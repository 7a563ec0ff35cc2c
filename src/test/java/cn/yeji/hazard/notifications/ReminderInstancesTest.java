package cn.yeji.hazard.notifications;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.HazardJudgeApplication;
import cn.yeji.hazard.LocalPostgres;
import cn.yeji.hazard.TestRules;
import tools.jackson.databind.JsonNode;

/** Two instances on one PostgreSQL database: the scan runs on one of them, and nobody is told twice. */
class ReminderInstancesTest {

	private static final String DEADLINE = "2026-03-20";

	@TempDir
	Path tmp;

	@Test
	void a_deadline_three_days_away_produces_exactly_one_notification_per_recipient_across_two_instances() throws Exception {
		LocalPostgres.require();
		String schema = LocalPostgres.newSchema();
		List<ConfigurableApplicationContext> services = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				services.add(start(schema, i));
			}
			Api a = new Api(port(services.get(0)));
			List<String> officers = List.of("inst-tw-1", "inst-tw-2");
			officers.forEach(o -> a.createUser(o, PASSWORD, "TOWNSHIP_OFFICER", "三元镇"));
			a.createUser("inst-dist", PASSWORD, "DISTRICT_OFFICER", null);
			long hazard = RemindersTest.hazardWithDeadline(a, "三元镇", "2026-03-02", DEADLINE);
			LocalDate threeDaysBefore = LocalDate.parse(DEADLINE).minusDays(3);

			// when both instances' timers fire at once, and later each scans again
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Optional<Integer>>> runs = services.stream().map(s -> CompletableFuture.supplyAsync(() -> {
				await(together);
				return s.getBean(ReminderScan.class).runOnce(threeDaysBefore);
			})).toList();
			List<Optional<Integer>> results = runs.stream().map(CompletableFuture::join).toList();
			List<Integer> rescans = services.stream().map(s -> s.getBean(ReminderScan.class).scan(threeDaysBefore)).toList();

			// then one ran the locked scan, and each officer has one reminder, seen alike on either instance
			assertThat(results).filteredOn(Optional::isPresent).as("instances that ran the locked scan").hasSize(1);
			assertThat(results).filteredOn(Optional::isEmpty).as("instances that found it taken").hasSize(1);
			assertThat(results).filteredOn(Optional::isPresent).singleElement()
				.satisfies(r -> assertThat(r.get()).isGreaterThanOrEqualTo(officers.size()));
			assertThat(rescans).as("new reminders from rescanning on either instance").containsExactly(0, 0);
			for (ConfigurableApplicationContext service : services) {
				for (String officer : officers) {
					assertThat(about(port(service), officer, hazard)).as(officer).singleElement().satisfies(n -> {
						assertThat(n.get("kind").asString()).isEqualTo("DEADLINE_NEAR");
						assertThat(n.get("body").asString()).contains(DEADLINE, "还有 3 天");
					});
				}
				assertThat(about(port(service), "inst-dist", hazard)).isEmpty();
			}
		}
		finally {
			services.forEach(ConfigurableApplicationContext::close);
			LocalPostgres.drop(schema);
		}
	}

	private ConfigurableApplicationContext start(String schema, int i) throws IOException {
		Path examples = Files.createDirectories(tmp.resolve("examples"));
		Path rules = tmp.resolve("rules");
		if (!Files.exists(rules)) {
			TestRules.copyOfShippedRules(rules);
		}
		return new SpringApplicationBuilder(HazardJudgeApplication.class).run("--server.port=0",
				"--hazard.rules.dir=" + rules, "--hazard.examples.dir=" + examples,
				"--hazard.rules.watch=false", "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + LocalPostgres.url(schema), "--spring.flyway.schemas=" + schema,
				"--hazard.data.dir=" + tmp.resolve("data-" + i));
	}

	private static List<JsonNode> about(int port, String user, long hazard) {
		return RemindersTest.inbox(port, user, PASSWORD).stream()
			.filter(n -> n.get("subjectId").asString().equals(String.valueOf(hazard)))
			.toList();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int port(ConfigurableApplicationContext service) {
		return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
	}

}

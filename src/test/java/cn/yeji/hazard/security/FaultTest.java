package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.LocalPostgres;
import cn.yeji.hazard.TestRules;

/**
 * Faults a district service meets: PostgreSQL going away mid-run (this test stops and starts the local
 * cluster), and the rules folder disappearing. Judging keeps working, ledger writes answer 503 with a
 * retry hint, nothing acknowledged is lost, and the service recovers by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FaultTest {

	private static final String SCHEMA = LocalPostgres.newSchema();

	private static final Path RULES = rulesCopy();

	private static Path rulesCopy() {
		try {
			return TestRules.copyOfShippedRules(Files.createTempDirectory("fault-rules").resolve("rules"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@LocalServerPort
	int port;

	@BeforeAll
	static void postgres() {
		LocalPostgres.require();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> LocalPostgres.url(SCHEMA));
		registry.add("spring.datasource.username", () -> LocalPostgres.USER);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
		registry.add("hazard.rules.dir", RULES::toString);
		registry.add("hazard.rules.watch", () -> "false");
		registry.add("hazard.limits.writes-per-minute", () -> "100000");
	}

	@AfterAll
	static void dropSchema() {
		LocalPostgres.drop(SCHEMA);
	}

	@Test
	void postgres_stopped_mid_run_keeps_judging_answers_writes_503_loses_nothing_and_recovers() {
		// given writes acknowledged before the outage
		Api api = new Api(port);
		List<Long> acknowledged = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Reply r = api.post("/api/v1/inspections", inspection("F-FAULT-" + i));
			assertThat(r.status()).isEqualTo(201);
			acknowledged.add(r.json().get("id").asLong());
		}

		LocalPostgres.stop();
		try {
			// then judging needs no database
			for (int i = 0; i < 3; i++) {
				assertThat(api.post("/api/v1/determinations", inspection("F-JUDGE")).status()).isEqualTo(200);
			}
			// and a ledger write is refused with a hint to retry, never a 500
			Reply refused = api.post("/api/v1/inspections", inspection("F-DURING"));
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
			assertThat(refused.json().get("detail").asString()).contains("未写入");
			assertThat(api.get("/api/v1/hazards").status()).isEqualTo(503);
		}
		finally {
			LocalPostgres.start();
		}

		// when the database is back, writes go through again without a restart
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		Reply after;
		do {
			after = api.post("/api/v1/inspections", inspection("F-AFTER"));
		}
		while (after.status() == 503 && System.nanoTime() < deadline);
		assertThat(after.status()).isEqualTo(201);

		// and every write acknowledged before is still there; the refused one left nothing
		for (long id : acknowledged) {
			assertThat(api.get("/api/v1/inspections/" + id).status()).isEqualTo(200);
		}
		assertThat(api.get("/api/v1/inspections?facilityId=F-DURING").json().get("total").asLong()).isZero();
	}

	@Test
	void a_rules_folder_that_disappears_leaves_the_old_rules_serving() throws Exception {
		Api api = new Api(port);
		String before = api.get("/api/v1/ruleset").json().get("version").asString();
		Path away = RULES.resolveSibling(RULES.getFileName() + "-away");
		Files.move(RULES, away);
		try {
			Reply reload = api.post("/api/v1/ruleset/reload", "");
			assertThat(reload.status()).isEqualTo(200);
			assertThat(reload.json().get("outcome").asString()).isEqualTo("REJECTED");
			Reply verdict = api.post("/api/v1/determinations", inspection("F-RULES"));
			assertThat(verdict.status()).isEqualTo(200);
			assertThat(verdict.json().get("ruleset").get("version").asString()).isEqualTo(before);
		}
		finally {
			Files.move(away, RULES);
		}
	}

	private static String inspection(String facility) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "341504", "township": "三元镇"},
				 "inspection": {"date": "2026-11-20", "channel": "SUPERVISORY_INSPECTION", "inspector": "张三"},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}]}
				""".formatted(facility);
	}

}

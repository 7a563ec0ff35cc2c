package cn.yeji.hazard.hazards;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;
import cn.yeji.hazard.ledger.LedgerRequests;
import cn.yeji.hazard.security.Caller;

/**
 * An escalation (提级治理) tells the district officers in its own transaction (the outbox): once each, and
 * nobody at all when the change rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationNoticeTest {

	@LocalServerPort
	int port;

	@Autowired
	HazardLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	List<String> district = new ArrayList<>();

	String township;

	@BeforeEach
	void officers() {
		admin = new Api(port);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= 2; i++) {
			district.add("esc-dist" + i + "-" + tag);
			admin.createUser(district.get(i - 1), PASSWORD, "DISTRICT_OFFICER", null);
		}
		township = "esc-tw-" + tag;
		admin.createUser(township, PASSWORD, "TOWNSHIP_OFFICER", "史河街道");
	}

	@Test
	void an_escalation_tells_each_district_officer_once_and_the_township_officer_not() {
		long hazard = plainEntry();
		int version = admin.get("/api/v1/hazards/" + hazard).json().get("version").asInt();

		Reply escalated = new Api(port, township, PASSWORD).post("/api/v1/hazards/" + hazard + "/escalation",
				"{\"version\": %d, \"actor\": \"史河街道民政办\", \"reason\": \"需区政府协调搬迁\"}".formatted(version));

		assertThat(escalated.status()).as(escalated.body() + "").isEqualTo(200);
		for (String officer : district) {
			assertThat(about(officer, hazard, "ESCALATED")).as(officer).singleElement().satisfies(n -> {
				assertThat(n.get("kind").asString()).isEqualTo("ESCALATED");
				assertThat(n.get("kindLabel").asString()).isEqualTo("隐患提级治理");
				assertThat(n.get("body").asString()).contains("史河街道", "需区政府协调搬迁");
				assertThat(n.get("link").asString()).isEqualTo("/hazards/" + hazard);
			});
		}
		assertThat(about(township, hazard, "ESCALATED")).isEmpty();
	}

	@Test
	void an_escalation_that_rolls_back_tells_nobody() {
		Caller caller = Caller.SYSTEM;
		long hazard = plainEntry();
		int version = ledger.get(caller, hazard).version();
		List<Long> seenInside = new ArrayList<>();

		transactions.executeWithoutResult(status -> {
			ledger.escalate(caller, hazard, new HazardCommands.Escalate(version, "史河街道民政办", "回滚测试"));
			seenInside.add(notices(hazard));
			status.setRollbackOnly();
		});

		assertThat(seenInside).as("written with the change, inside its transaction").containsExactly((long) district.size()
				+ otherDistrictOfficers());
		assertThat(notices(hazard)).as("after the rollback").isZero();
		assertThat(ledger.get(caller, hazard).escalated()).isFalse();
		assertThat(district).allSatisfy(d -> assertThat(about(d, hazard, "ESCALATED")).isEmpty());
	}

	/** An entry of a new institution in 史河街道 that was not escalated at opening. */
	private long plainEntry() {
		Reply inspection = admin.post("/api/v1/inspections",
				LedgerRequests.inspectionWithTwoMajorFindings(LedgerRequests.newFacilityId(), "史河街道", "2026-09-01"));
		assertThat(inspection.status()).as(inspection.body() + "").isEqualTo(201);
		for (JsonNode link : inspection.json().get("hazards")) {
			long id = link.get("hazardId").asLong();
			if (!admin.get("/api/v1/hazards/" + id).json().get("escalated").asBoolean()) {
				return id;
			}
		}
		throw new AssertionError("every entry was escalated at opening");
	}

	private long notices(long hazard) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'ESCALATED' AND subject_id = :id")
			.param("id", String.valueOf(hazard))
			.query(Long.class)
			.single();
	}

	/** District officers other test classes made in the shared database: they are told too. */
	private long otherDistrictOfficers() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'DISTRICT_OFFICER' AND enabled")
			.query(Long.class)
			.single() - district.size();
	}

	/** The user's reminders of {@code kind} about the entry (opening the entry told some of them too). */
	private List<JsonNode> about(String user, long hazard, String kind) {
		List<JsonNode> items = new ArrayList<>();
		new Api(port, user, PASSWORD).get("/api/v1/notifications?size=500").json().get("items").forEach(n -> {
			if (n.get("subjectId").asString().equals(String.valueOf(hazard)) && n.get("subjectType").asString().equals("HAZARD")
					&& n.get("kind").asString().equals(kind)) {
				items.add(n);
			}
		});
		return items;
	}

}

package cn.yeji.hazard.governance;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.TestRules;
import tools.jackson.databind.JsonNode;

/**
 * Revising the rules with four eyes: one officer proposes, another approves, every activation is kept with
 * who and why, a stored version can be activated again, and a recorded inspection can be judged again on
 * either. The gate's example folder is empty here, so a revision that changes verdicts can be activated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesetGovernanceTest {

	private static final String YEJI_PARAMETERS = "yeji-341504/parameters.yaml";

	@TempDir
	static Path folders;

	@LocalServerPort
	int port;

	Api admin;

	Api proposer;

	Api approver;

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) throws IOException {
		TestRules.copiedRulesWithoutExamples(registry, folders);
	}

	@BeforeEach
	void officers() {
		admin = new Api(port);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		admin.createUser("prop-" + tag, PASSWORD, "RULE_ADMIN", null);
		admin.createUser("appr-" + tag, PASSWORD, "RULE_ADMIN", null);
		proposer = new Api(port, "prop-" + tag, PASSWORD);
		approver = new Api(port, "appr-" + tag, PASSWORD);
	}

	@Test
	void a_revision_serves_only_once_another_officer_approves_it_and_a_stored_version_serves_again_on_rollback()
			throws IOException {
		// given the rules serving, and an inspection recorded under them with training 8 months ago (YJ-2.11 fires)
		String before = admin.get("/api/v1/ruleset").json().get("version").asString();
		long inspection = admin.post("/api/v1/inspections", inspection()).json().get("id").asLong();

		// when one officer proposes training every 12 months instead of 6
		Reply proposed = proposer.upload("/api/v1/ruleset/revisions", "files", YEJI_PARAMETERS,
				revisedParameters("trainingIntervalMonths:\n  value: 6", "trainingIntervalMonths:\n  value: 12"));
		long id = proposed.json().get("id").asLong();

		// then it waits: its uploader may not approve it, the rules serving are unchanged
		assertThat(proposed.status()).as(proposed.body() + "").isEqualTo(201);
		assertThat(proposed.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(proposed.json().get("valid").asBoolean()).isTrue();
		assertThat(proposed.json().get("ruleChanges")).as("what the approver signs, old → new").singleElement()
			.satisfies(c -> assertThat(List.of(c.get("kind").asString(), c.get("subject").asString(),
					c.get("before").asString(), c.get("after").asString()))
				.containsExactly("PARAMETER", "trainingIntervalMonths", "6", "12"));
		// the inspection recorded above is among those replayed, and training every 12 months clears its YJ-2.11
		assertThat(proposed.json().get("ledgerInspections").asInt()).isPositive();
		assertThat(proposed.json().get("ledgerChanges").asInt()).isPositive();
		Reply own = proposer.post("/api/v1/ruleset/revisions/" + id + "/approve", "{\"reason\": \"自己批\"}");
		assertThat(own.status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/ruleset").json().get("version").asString()).isEqualTo(before);

		// and when the other officer approves it, it serves, and the history says who and why
		Reply approved = approver.post("/api/v1/ruleset/revisions/" + id + "/approve", "{\"reason\": \"经局务会研究同意\"}");
		String after = approved.json().get("version").asString();
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(admin.get("/api/v1/ruleset").json().get("version").asString()).isEqualTo(after).isNotEqualTo(before);
		JsonNode top = proposer.get("/api/v1/ruleset/history").json().get(0);
		assertThat(top.get("version").asString()).isEqualTo(after);
		assertThat(top.get("source").asString()).isEqualTo("APPROVAL");
		assertThat(top.get("activatedBy").asString()).isEqualTo(approver.username());
		assertThat(top.get("reason").asString()).isEqualTo("经局务会研究同意");
		assertThat(approver.post("/api/v1/ruleset/revisions/" + id + "/approve", "{}").status()).as("decided is decided")
			.isEqualTo(409);

		// and the recorded inspection, judged again, loses YJ-2.11 under the revision but not under the old version
		JsonNode now = admin.post("/api/v1/inspections/" + inspection + "/rejudge", "").json();
		JsonNode then = admin.post("/api/v1/inspections/" + inspection + "/rejudge?ruleset=" + before, "").json();
		assertThat(now.get("changed").asBoolean()).isTrue();
		assertThat(now.get("findingsRemoved").toString()).contains("YJ-2.11");
		assertThat(now.get("recordedVersion").asString()).isEqualTo(before);
		assertThat(then.get("changed").asBoolean()).isFalse();
		assertThat(then.get("version").asString()).isEqualTo(before);

		// and a rollback to the old version serves it again, kept with its reason
		Reply rollback = proposer.post("/api/v1/ruleset/rollback", "{\"version\": \"%s\", \"reason\": \"恢复原培训周期\"}".formatted(before));
		assertThat(rollback.json().get("outcome").asString()).isEqualTo("ACTIVATED");
		assertThat(admin.get("/api/v1/ruleset").json().get("version").asString()).isEqualTo(before);
		JsonNode rolledBack = proposer.get("/api/v1/ruleset/history").json().get(0);
		assertThat(rolledBack.get("source").asString()).isEqualTo("ROLLBACK");
		assertThat(rolledBack.get("reason").asString()).isEqualTo("恢复原培训周期");
		assertThat(proposer.post("/api/v1/ruleset/rollback", "{\"version\": \"sha256:0000000000000000\", \"reason\": \"x\"}")
			.status()).isEqualTo(404);
	}

	@Test
	void a_rejected_revision_says_why_and_never_serves() throws IOException {
		String before = admin.get("/api/v1/ruleset").json().get("version").asString();
		long id = proposer.upload("/api/v1/ruleset/revisions", "files", YEJI_PARAMETERS,
				revisedParameters("drillIntervalMonths:\n  value: 12", "drillIntervalMonths:\n  value: 24")).json().get("id").asLong();

		Reply noReason = approver.post("/api/v1/ruleset/revisions/" + id + "/reject", "{}");
		Reply rejected = approver.post("/api/v1/ruleset/revisions/" + id + "/reject", "{\"reason\": \"演练周期不得长于一年\"}");

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("decisionNote").asString()).isEqualTo("演练周期不得长于一年");
		assertThat(approver.post("/api/v1/ruleset/revisions/" + id + "/approve", "{}").status()).isEqualTo(409);
		assertThat(admin.get("/api/v1/ruleset").json().get("version").asString()).isEqualTo(before);
	}

	@Test
	void a_revision_that_does_not_load_is_kept_with_its_problems_and_refused_at_approval() throws IOException {
		Reply proposed = proposer.upload("/api/v1/ruleset/revisions", "files", YEJI_PARAMETERS,
				revisedParameters("trainingIntervalMonths:\n  value: 6", "trainingIntervalMonths:\n  value: 600"));
		long id = proposed.json().get("id").asLong();

		Reply approved = approver.post("/api/v1/ruleset/revisions/" + id + "/approve", "{}");

		assertThat(proposed.json().get("valid").asBoolean()).isFalse();
		assertThat(proposed.json().get("problems").findValuesAsString("file")).contains(YEJI_PARAMETERS);
		assertThat(approved.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(approved.json().get("decisionNote").asString()).contains(YEJI_PARAMETERS);
	}

	private static byte[] revisedParameters(String from, String to) throws IOException {
		String text = Files.readString(TestRules.rulesDir().resolve(YEJI_PARAMETERS));
		assertThat(text).contains(from);
		return text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String inspection() {
		return """
				{"facility": {"id": "GV-%s", "name": "规则修订测试院", "regionCode": "341504", "township": "三元镇"},
				 "inspection": {"date": "2026-11-20", "channel": "SUPERVISORY_INSPECTION", "inspector": "区民政局"},
				 "management": {"duty24h": true, "emergencyPlan": true, "lastEvacuationDrill": "2026-05-01",
				                "lastStaffSafetyTraining": "2026-03-20"}}""".formatted(UUID.randomUUID().toString().substring(0, 8));
	}

}

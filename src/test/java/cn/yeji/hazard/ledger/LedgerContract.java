package cn.yeji.hazard.ledger;

import static cn.yeji.hazard.ledger.LedgerRequests.assignment;
import static cn.yeji.hazard.ledger.LedgerRequests.close;
import static cn.yeji.hazard.ledger.LedgerRequests.inspectionWithTwoMajorFindings;
import static cn.yeji.hazard.ledger.LedgerRequests.move;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.TestRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the ledger promises, asserted over HTTP against a real server; run once per database
 * ({@link H2LedgerTest}, {@link PostgresLedgerTest}).
 */
public abstract class LedgerContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/** The service's clock, in its zone. */
	@Autowired
	Clock clock;

	Api api;

	String facility;

	@BeforeEach
	void client() {
		api = new Api(port);
		facility = LedgerRequests.newFacilityId();
	}

	@Test
	void an_inspection_with_two_major_findings_opens_two_entries_and_is_stored_as_submitted() {
		// when
		Reply recorded = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20"));

		// then
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.raw().headers().firstValue("Location")).hasValue("/api/v1/inspections/" + recorded.json().get("id").asLong());
		assertThat(recorded.json().get("verdict").get("verdict").asString()).isEqualTo("MAJOR_HAZARD");
		assertThat(ruleIds(recorded.json().get("hazards"))).containsExactlyInAnyOrder("MCA2023-4.1", "MCA2023-5.2");
		assertThat(recorded.json().get("hazards").findValues("opened")).allMatch(JsonNode::asBoolean);
		JsonNode stored = api.get("/api/v1/inspections/" + recorded.json().get("id").asLong()).json();
		assertThat(stored.get("request").get("canteen").get("foodBusinessLicense").asBoolean()).isFalse();
		assertThat(stored.get("rulesetVersion").asString()).startsWith("sha256:");
		assertThat(stored.get("inspector").asString()).isEqualTo("区民政局 张三");
		JsonNode ledger = api.get("/api/v1/hazards?facilityId=" + facility).json();
		assertThat(ledger.get("total").asLong()).isEqualTo(2);
		assertThat(ledger.get("items").findValuesAsString("status")).containsOnly("OPEN");
		assertThat(ledger.get("items").findValuesAsString("channel")).containsOnly("SUPERVISORY_INSPECTION");
	}

	@Test
	void an_escalation_the_verdict_asks_for_is_carried_into_the_entry_it_opens() throws Exception {
		// given the golden case whose verdict asks for 提级治理 under YJ-4.4, for a facility of this test
		Path example = TestRules.examplesDir().resolve("yeji-341504/4.4-fire-acceptance-missing-is-review-and-escalated.json");
		ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(example)).get("request");
		((ObjectNode) request.get("facility")).put("id", facility);

		// when
		Reply recorded = api.post("/api/v1/inspections", JSON.writeValueAsString(request));

		// then
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.json().get("verdict").get("escalations").findValuesAsString("ruleId")).contains("YJ-4.4");
		JsonNode link = null;
		for (JsonNode h : recorded.json().get("hazards")) {
			if (h.get("ruleId").asString().equals("YJ-4.4")) {
				link = h;
			}
		}
		assertThat(link).as("an entry for YJ-4.4").isNotNull();
		JsonNode entry = api.get("/api/v1/hazards/" + link.get("hazardId").asLong()).json();
		assertThat(entry.get("escalated").asBoolean()).isTrue();
		assertThat(entry.get("escalationReason").asString()).isNotBlank();
		assertThat(events(entry)).containsExactly("OPENED", "ESCALATED");
		for (JsonNode h : recorded.json().get("hazards")) {
			if (!h.get("ruleId").asString().equals("YJ-4.4")) {
				assertThat(api.get("/api/v1/hazards/" + h.get("hazardId").asLong()).json().get("escalated").asBoolean())
					.as("%s was not escalated by the verdict", h.get("ruleId")).isFalse();
			}
		}
	}

	@Test
	void ten_concurrent_sends_of_one_idempotency_key_record_one_inspection_and_answer_its_record() throws Exception {
		// given one inspection a phone sends ten times at once over a bad connection, with one key
		String body = inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20");
		String key = "retry-" + java.util.UUID.randomUUID();
		java.util.concurrent.ExecutorService phones = java.util.concurrent.Executors.newFixedThreadPool(10);
		List<java.util.concurrent.Future<Reply>> sends = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				sends.add(phones.submit(() -> api.post("/api/v1/inspections", body, "Idempotency-Key", key)));
			}
			List<Reply> replies = new java.util.ArrayList<>();
			for (var send : sends) {
				replies.add(send.get());
			}

			// then every send is answered with the one record, and the ledger holds one inspection and two entries
			assertThat(replies).extracting(Reply::status).containsOnly(201);
			assertThat(replies).extracting(r -> r.json().get("id").asLong()).containsOnly(replies.get(0).json().get("id").asLong());
			assertThat(api.get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong()).isEqualTo(1);
			assertThat(api.get("/api/v1/hazards?facilityId=" + facility).json().get("total").asLong()).isEqualTo(2);
		}
		finally {
			phones.shutdownNow();
		}
	}

	@Test
	void an_idempotency_key_sent_again_with_another_body_is_422_and_writes_nothing() {
		String key = "retry-" + java.util.UUID.randomUUID();
		Reply first = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20"),
				"Idempotency-Key", key);

		Reply other = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-19"),
				"Idempotency-Key", key);
		Reply plainAgain = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.json().get("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
		assertThat(plainAgain.status()).as("without a key, a second send is a second record").isEqualTo(201);
		assertThat(api.get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void a_second_inspection_finding_the_same_hazard_joins_the_open_entry() {
		// given
		api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-01"));

		// when
		Reply again = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20"));

		// then
		assertThat(again.json().get("hazards").findValues("opened")).noneMatch(JsonNode::asBoolean);
		assertThat(api.get("/api/v1/hazards?facilityId=" + facility).json().get("total").asLong()).isEqualTo(2);
		long id = again.json().get("hazards").get(0).get("hazardId").asLong();
		// the grade-D building (MCA2023-4.1) is escalated in Yeji from the day it was opened (提级治理); joining does not repeat it
		assertThat(events(api.get("/api/v1/hazards/" + id).json())).containsExactly("OPENED", "ESCALATED", "JOINED");
		assertThat(api.get("/api/v1/inspections?facilityId=" + facility + "&from=2026-11-10").json().get("total").asLong())
			.isEqualTo(1);
	}

	@Test
	void an_entry_walks_to_closure_through_a_refused_acceptance() {
		// given
		long id = firstHazard();
		// when
		JsonNode h = ok(api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-31")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "RECTIFYING", "开始整改")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "申请验收")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "RECTIFYING", "加固不到位")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "再次申请")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", close(h.get("version").asInt(), "2026-11-28")));

		// then
		assertThat(h.get("status").asString()).isEqualTo("CLOSED");
		assertThat(h.get("closedOn").asString()).isEqualTo("2026-11-28");
		assertThat(h.get("refusals").asInt()).isEqualTo(1);
		assertThat(h.get("acceptance").get("acceptedBy").asString()).isEqualTo("区民政局 赵六");
		assertThat(h.get("acceptance").get("recordedBy").asString()).as("the signed-in account").isEqualTo("admin");
		assertThat(h.get("responsiblePerson").asString()).isEqualTo("王院长");
		assertThat(events(h)).containsExactly("OPENED", "ESCALATED", "ASSIGNED", "STATUS_CHANGED", "STATUS_CHANGED",
				"ACCEPTANCE_REFUSED", "STATUS_CHANGED", "CLOSED");
		assertThat(h.get("history").get(5).get("note").asString()).isEqualTo("加固不到位");
		assertThat(h.get("history").get(5).get("actor").asString()).as("the signed-in account").isEqualTo("admin");
		assertThat(h.get("history").get(5).get("onBehalfOf").asString()).isEqualTo("镇民政办 李四");
	}

	@Test
	void a_closed_entry_lets_the_same_hazard_open_a_new_one_while_the_other_still_open_is_joined() {
		// given one of the two entries closed
		long closed = walkToClosed(firstHazard());
		String closedRule = api.get("/api/v1/hazards/" + closed).json().get("ruleId").asString();

		// when the same two hazards are found again
		Reply again = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-29"));

		// then the closed clause gets a new entry and the open one is joined
		for (JsonNode link : again.json().get("hazards")) {
			boolean sameClause = link.get("ruleId").asString().equals(closedRule);
			assertThat(link.get("opened").asBoolean()).as("%s", link).isEqualTo(sameClause);
			assertThat(link.get("hazardId").asLong()).isNotEqualTo(closed);
		}
		assertThat(api.get("/api/v1/hazards?facilityId=" + facility).json().get("total").asLong()).isEqualTo(3);
	}

	@Test
	void a_move_the_flow_does_not_allow_is_409_and_changes_nothing() {
		long id = firstHazard();
		Reply skip = api.post("/api/v1/hazards/" + id + "/transitions", close(0, "2026-11-28"));
		Reply unassigned = api.post("/api/v1/hazards/" + id + "/transitions", move(0, "RECTIFYING", "开始"));

		assertThat(skip.status()).isEqualTo(409);
		assertThat(skip.json().get("detail").asString()).contains("OPEN").contains("CLOSED");
		assertThat(unassigned.status()).isEqualTo(409);
		assertThat(unassigned.json().get("detail").asString()).contains("责任");
		JsonNode h = api.get("/api/v1/hazards/" + id).json();
		assertThat(h.get("status").asString()).isEqualTo("OPEN");
		assertThat(h.get("version").asInt()).isZero();
	}

	@Test
	void closing_without_an_acceptance_record_is_400_naming_it() {
		long id = firstHazard();
		JsonNode h = pendingAcceptance(id);

		Reply bare = api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "CLOSED", "好了"));

		assertThat(bare.status()).isEqualTo(400);
		assertThat(bare.json().get("errors").findValuesAsString("field")).containsExactly("acceptance");
	}

	@Test
	void an_acceptance_dated_in_the_future_is_400_naming_it_and_leaves_the_entry_open() {
		long id = firstHazard();
		JsonNode h = pendingAcceptance(id);

		Reply future = api.post("/api/v1/hazards/" + id + "/transitions", close(h.get("version").asInt(), "2099-01-01"));

		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").findValuesAsString("field")).containsExactly("acceptance.acceptedOn");
		assertThat(future.json().get("errors").findValuesAsString("message")).singleElement().asString().contains("不得晚于今天");
		assertThat(api.get("/api/v1/hazards/" + id).json().get("status").asString()).isEqualTo("PENDING_ACCEPTANCE");
	}

	@Test
	void concurrent_edits_on_one_version_let_one_win_and_answer_the_other_409_without_a_lost_update() throws Exception {
		// given two officers who both read version 0
		long id = firstHazard();
		CountDownLatch start = new CountDownLatch(1);
		Callable<Reply> first = () -> {
			start.await();
			return api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-01"));
		};
		Callable<Reply> second = () -> {
			start.await();
			return api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2027-01-15"));
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// when both save at once
			Future<Reply> a = pool.submit(first);
			Future<Reply> b = pool.submit(second);
			start.countDown();
			List<Reply> replies = List.of(a.get(), b.get());

			// then exactly one is written, and what is stored is the winner's
			assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
			Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
			JsonNode stored = api.get("/api/v1/hazards/" + id).json();
			assertThat(stored.get("deadline").asString()).isEqualTo(winner.json().get("deadline").asString());
			assertThat(stored.get("version").asInt()).isEqualTo(1);
			assertThat(events(stored)).containsExactly("OPENED", "ESCALATED", "ASSIGNED");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void every_write_is_in_the_audit_log_with_who_what_outcome_and_from_where() {
		long id = firstHazard();
		api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-01"));
		api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-02"));

		JsonNode audit = api.get("/api/v1/audit?actor=admin&size=500").json();
		List<JsonNode> mine = new ArrayList<>();
		audit.get("items").forEach(e -> {
			if (e.get("path").asString().equals("/api/v1/hazards/" + id + "/assignment")) {
				mine.add(e);
			}
		});

		assertThat(mine).extracting(e -> e.get("status").asInt()).containsExactly(409, 200);
		assertThat(mine).allSatisfy(e -> {
			assertThat(e.get("method").asString()).isEqualTo("PUT");
			assertThat(e.get("actor").asString()).isEqualTo("admin");
			assertThat(e.get("remoteAddr").asString()).isEqualTo("127.0.0.1");
			assertThat(e.get("at").asString()).isNotBlank();
		});
	}

	@Test
	void a_stale_version_is_409_even_when_nobody_is_saving_at_the_same_moment() {
		long id = firstHazard();
		ok(api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-01")));

		Reply stale = api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2027-03-01"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.get("/api/v1/hazards/" + id).json().get("deadline").asString()).isEqualTo("2026-12-01");
	}

	@Test
	void an_entry_past_its_deadline_is_overdue_and_an_escalation_is_flagged_with_its_reason() {
		long id = firstHazard();
		JsonNode h = ok(api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-11-21")));
		h = ok(api.post("/api/v1/hazards/" + id + "/escalation",
				"{\"version\": %d, \"actor\": \"区民政局\", \"reason\": \"消防验收历史遗留，需区政府协调\"}".formatted(h.get("version").asInt())));

		assertThat(h.get("overdue").asBoolean()).isTrue();
		assertThat(h.get("escalated").asBoolean()).isTrue();
		assertThat(h.get("escalationReason").asString()).contains("区政府");
		assertThat(api.get("/api/v1/hazards?overdue=true&facilityId=" + facility).json().get("total").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/hazards?escalated=true&facilityId=" + facility).json().get("total").asLong()).isEqualTo(1);
		JsonNode slow = api.get("/api/v1/stats/slow-progress").json();
		JsonNode township = find(slow.get("townships"), "township", "三元镇");
		JsonNode institution = find(township.get("institutions"), "facilityId", facility);
		assertThat(institution.get("overdue").asInt()).isEqualTo(1);
		assertThat(institution.get("hazardIds").get(0).asLong()).isEqualTo(id);
	}

	@Test
	void the_ledger_exports_as_csv_and_excel_with_chinese_headers() throws Exception {
		firstHazard();

		Reply csv = api.get("/api/v1/hazards/export?format=csv&facilityId=" + facility);
		Reply xlsx = api.get("/api/v1/hazards/export?format=xlsx&facilityId=" + facility);

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String text = new String(csv.raw().body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF台账编号,机构编号,机构名称");
		assertThat(text.lines()).hasSize(3).allMatch(l -> l.contains(facility) || l.contains("台账编号"));
		assertThat(text).contains("重大隐患").contains("督导检查").contains("待整改");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.raw().body()))) {
			var sheet = workbook.getSheet("隐患台账");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("台账编号");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(facility);
		}
		assertThat(xlsx.raw().headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".xlsx");
		assertThat(api.get("/api/v1/hazards/export?format=pdf").status()).isEqualTo(400);
	}

	@Test
	void a_public_report_confirmed_under_a_major_clause_opens_an_entry_with_channel_public_report() {
		// given
		Reply received = api.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "测试养老院", "township": "孙岗乡"}, "source": "HOTLINE_12345",
				 "receivedOn": "2026-11-18", "content": "食堂无证经营"}""".formatted(facility));
		assertThat(received.status()).isEqualTo(201);
		long id = received.json().get("id").asLong();

		// when
		Reply verified = api.post("/api/v1/complaints/" + id + "/verification", """
				{"version": 0, "actor": "镇民政办 李四", "verifiedOn": "2026-11-19", "outcome": "CONFIRMED",
				 "ruleId": "MCA2023-5.2", "note": "现场核实食堂未取得食品经营许可证"}""");

		// then
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(received.json().get("recordedBy").asString()).isEqualTo("admin");
		assertThat(verified.json().get("verifiedBy").asString()).as("on behalf of").isEqualTo("镇民政办 李四");
		assertThat(verified.json().get("verificationRecordedBy").asString()).as("the signed-in account").isEqualTo("admin");
		JsonNode hazard = api.get("/api/v1/hazards/" + verified.json().get("hazardId").asLong()).json();
		assertThat(hazard.get("channel").asString()).isEqualTo("PUBLIC_REPORT");
		assertThat(hazard.get("complaintId").asLong()).isEqualTo(id);
		assertThat(hazard.get("township").asString()).isEqualTo("孙岗乡");
		Reply twice = api.post("/api/v1/complaints/" + id + "/verification", """
				{"version": 1, "actor": "x", "verifiedOn": "2026-11-19", "outcome": "UNFOUNDED"}""");
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	void a_report_received_or_verified_on_a_day_still_to_come_is_400_naming_the_date() {
		String tomorrow = java.time.LocalDate.now(clock).plusDays(1).toString();
		Reply early = api.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "测试养老院", "township": "孙岗乡"}, "source": "HOTLINE_12345",
				 "receivedOn": "%s", "content": "食堂无证经营"}""".formatted(facility, tomorrow));
		long id = api.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "测试养老院", "township": "孙岗乡"}, "source": "HOTLINE_12345",
				 "receivedOn": "2026-11-18", "content": "食堂无证经营"}""".formatted(facility)).json().get("id").asLong();

		Reply verifiedAhead = api.post("/api/v1/complaints/" + id + "/verification", """
				{"version": 0, "actor": "镇民政办 李四", "verifiedOn": "%s", "outcome": "UNFOUNDED"}""".formatted(tomorrow));

		assertThat(early.status()).isEqualTo(400);
		assertThat(early.json().get("errors").findValuesAsString("field")).containsExactly("receivedOn");
		assertThat(verifiedAhead.status()).isEqualTo(400);
		assertThat(verifiedAhead.json().get("errors").findValuesAsString("field")).containsExactly("verifiedOn");
		assertThat(api.get("/api/v1/complaints/" + id).json().get("status").asString()).isEqualTo("RECEIVED");
	}

	@Test
	void an_unfounded_report_opens_nothing_and_an_unknown_clause_is_400() {
		long id = api.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "测试养老院"}, "source": "LETTER",
				 "receivedOn": "2026-11-18", "content": "电动车在楼道充电"}""".formatted(facility)).json().get("id").asLong();

		Reply unknownClause = api.post("/api/v1/complaints/" + id + "/verification", """
				{"version": 0, "actor": "李四", "verifiedOn": "2026-11-19", "outcome": "CONFIRMED", "ruleId": "XX-9"}""");
		Reply unfounded = api.post("/api/v1/complaints/" + id + "/verification", """
				{"version": 0, "actor": "李四", "verifiedOn": "2026-11-19", "outcome": "UNFOUNDED"}""");

		assertThat(unknownClause.status()).isEqualTo(400);
		assertThat(unknownClause.json().get("errors").findValuesAsString("field")).containsExactly("ruleId");
		assertThat(unfounded.json().get("status").asString()).isEqualTo("UNFOUNDED");
		assertThat(unfounded.json().path("hazardId").isNull() || unfounded.json().path("hazardId").isMissingNode())
			.as("%s", unfounded.json()).isTrue();
		assertThat(api.get("/api/v1/hazards?facilityId=" + facility).json().get("total").asLong()).isZero();
	}

	@Test
	void text_with_a_nul_character_is_400_naming_the_field_on_every_database() {
		Reply reply = api.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "测试养老院"}, "source": "LETTER",
				 "receivedOn": "2026-11-18", "content": "电动车\\u0000充电"}""".formatted(facility));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("content");
	}

	@Test
	void recording_needs_who_inspected_and_through_which_channel() {
		Reply reply = api.post("/api/v1/inspections", """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "341504"},
				 "inspection": {"date": "2026-11-20"}}""".formatted(facility));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("inspection.channel", "inspection.inspector");
		assertThat(api.get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong()).isZero();
	}

	@Test
	void unknown_records_are_404_and_bad_query_values_are_400_naming_the_parameter() {
		assertThat(api.get("/api/v1/hazards/987654321").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/inspections/987654321").status()).isEqualTo(404);
		Reply badDate = api.get("/api/v1/hazards?from=yesterday");
		Reply badSize = api.get("/api/v1/hazards?size=100000");
		Reply badStatus = api.get("/api/v1/hazards?status=DONE");
		assertThat(List.of(badDate, badSize, badStatus)).extracting(Reply::status).containsOnly(400);
		assertThat(badDate.json().get("errors").findValuesAsString("field")).containsExactly("from");
		assertThat(badSize.json().get("errors").findValuesAsString("field")).containsExactly("size");
		assertThat(badStatus.json().get("errors").findValuesAsString("field")).containsExactly("status");
	}

	@Test
	void a_year_with_three_district_checks_is_reported_short_with_the_reason() {
		// given a facility checked three times in 2025, with every other cadence met
		for (String day : List.of("2025-03-10", "2025-06-10", "2025-09-10")) {
			created(activity("DISTRICT_CHECK", day));
		}
		for (String day : List.of("2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01")) {
			created(activity("SELF_CHECK", day));
		}
		created(activity("STAFF_TRAINING", "2025-03-01"));
		created(activity("STAFF_TRAINING", "2025-09-01"));
		created(activity("EVACUATION_DRILL", "2025-10-01"));

		// when
		JsonNode report = api.get("/api/v1/compliance?year=2025").json();

		// then only the district checks fall short, and the report says why
		List<JsonNode> mine = new ArrayList<>();
		report.get("shortfalls").forEach(s -> {
			if (facility.equals(s.get("subject").asString())) {
				mine.add(s);
			}
		});
		assertThat(mine).extracting(s -> s.get("ruleId").asString()).containsExactly("CP-1");
		assertThat(mine.get(0).get("reason").asString()).contains("3 次").contains("4 次");
		assertThat(mine.get(0).get("period").asString()).isEqualTo("2025");
		assertThat(mine.get(0).get("basis").findValuesAsString("document")).anyMatch(d -> d.contains("叶集区"));
		assertThat(report.get("rulesetVersion").asString()).startsWith("sha256:");
		String csv = new String(api.get("/api/v1/compliance/export?format=csv&year=2025").raw().body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF条款,要求").contains(facility).contains("3 次");
		assertThat(api.get("/api/v1/activities?facilityId=" + facility).json().get("total").asLong()).isEqualTo(10);
	}

	@Test
	void periods_that_ended_before_the_ledger_knew_an_institution_do_not_condemn_it() {
		// given a facility the ledger first hears of through a self-check held on 2025-08-20
		created(activity("SELF_CHECK", "2025-08-20"));

		// when
		List<String> in2024 = periodsShort(2024);
		List<String> in2025 = periodsShort(2025);

		// then nothing before it was known, but every period that ended after it, is judged
		assertThat(in2024).isEmpty();
		assertThat(in2025).doesNotContain("CP-2 2025-Q1", "CP-2 2025-Q2", "CP-3 2025-H1")
			.contains("CP-1 2025", "CP-2 2025-Q4", "CP-3 2025-H2");
	}

	private List<String> periodsShort(int year) {
		List<String> mine = new ArrayList<>();
		api.get("/api/v1/compliance?year=" + year).json().get("shortfalls").forEach(s -> {
			if (facility.equals(s.get("subject").asString())) {
				mine.add(s.get("ruleId").asString() + " " + s.get("period").asString());
			}
		});
		return mine;
	}

	@Test
	void an_activity_must_say_whose_it_is() {
		Reply noTownship = api.post("/api/v1/activities", """
				{"kind": "PRINCIPAL_TRAINING", "heldOn": "2025-04-01", "conductedBy": "三元镇民政办"}""");
		Reply noFacility = api.post("/api/v1/activities", """
				{"kind": "EVACUATION_DRILL", "heldOn": "2025-04-01", "conductedBy": "院方"}""");
		Reply badKind = api.post("/api/v1/activities", """
				{"kind": "PICNIC", "heldOn": "2025-04-01", "conductedBy": "院方"}""");

		assertThat(noTownship.json().get("errors").findValuesAsString("field")).containsExactly("township");
		assertThat(noFacility.json().get("errors").findValuesAsString("field")).containsExactly("facility");
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.json().get("errors").findValuesAsString("field")).containsExactly("kind");
		assertThat(api.get("/api/v1/compliance").json().get("errors").findValuesAsString("field")).containsExactly("year");
	}

	private String activity(String kind, String day) {
		return """
				{"kind": "%s", "facility": {"id": "%s", "name": "测试养老院", "township": "三元镇"},
				 "heldOn": "%s", "conductedBy": "区民政局"}""".formatted(kind, facility, day);
	}

	private void created(String activity) {
		Reply reply = api.post("/api/v1/activities", activity);
		assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
	}

	long firstHazard() {
		Reply recorded = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20"));
		assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
		return recorded.json().get("hazards").get(0).get("hazardId").asLong();
	}

	long walkToClosed(long id) {
		JsonNode h = ok(api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-31")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "RECTIFYING", "")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "")));
		ok(api.post("/api/v1/hazards/" + id + "/transitions", close(h.get("version").asInt(), "2026-11-28")));
		return id;
	}

	static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (value.equals(item.get(field).asString())) {
				return item;
			}
		}
		throw new AssertionError("no " + field + " = " + value + " in " + array);
	}

	public static JsonNode ok(Reply reply) {
		assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
		return reply.json();
	}

	static List<String> ruleIds(JsonNode links) {
		return links.findValuesAsString("ruleId");
	}

	/** The entry assigned and walked to 待验收; its state as answered. */
	private JsonNode pendingAcceptance(long id) {
		JsonNode h = ok(api.put("/api/v1/hazards/" + id + "/assignment", assignment(0, "2026-12-31")));
		h = ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "RECTIFYING", "")));
		return ok(api.post("/api/v1/hazards/" + id + "/transitions", move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "")));
	}

	public static List<String> events(JsonNode hazard) {
		List<String> events = new ArrayList<>();
		hazard.get("history").forEach(e -> events.add(e.get("event").asString()));
		return events;
	}

}

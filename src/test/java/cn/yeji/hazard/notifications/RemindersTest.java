package cn.yeji.hazard.notifications;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.ledger.LedgerRequests;
import tools.jackson.databind.JsonNode;

/**
 * The periodic scan on one instance, run for chosen days rather than waited for: near deadlines, overdue
 * entries (the township at once, the district after M days), overdue tasks and cadences at risk, each told
 * once to each of its recipients; and every user's inbox is their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemindersTest {

	static final String TOWNSHIP = "洪集镇";

	@LocalServerPort
	int port;

	@Autowired
	ReminderScan scan;

	/** The service's clock, in its zone. */
	@Autowired
	Clock clock;

	Api admin;

	String tag;

	List<String> townshipOfficers = new ArrayList<>();

	List<String> districtOfficers = new ArrayList<>();

	String inspector;

	@BeforeEach
	void users() {
		admin = new Api(port);
		tag = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= 2; i++) {
			townshipOfficers.add(user("tw" + i, "TOWNSHIP_OFFICER", TOWNSHIP));
			districtOfficers.add(user("dist" + i, "DISTRICT_OFFICER", null));
		}
		inspector = user("insp", "INSPECTOR", TOWNSHIP);
	}

	@Test
	void a_deadline_three_days_away_reminds_each_township_officer_once_however_often_the_scan_runs() {
		long hazard = hazardWithDeadline("2026-03-02", "2026-03-20");

		scan.scan(LocalDate.parse("2026-03-16"));
		scan.scan(LocalDate.parse("2026-03-17"));
		scan.scan(LocalDate.parse("2026-03-17"));
		scan.scan(LocalDate.parse("2026-03-18"));

		for (String officer : townshipOfficers) {
			assertThat(about(officer, hazard)).as(officer).singleElement().satisfies(n -> {
				assertThat(n.get("kind").asString()).isEqualTo("DEADLINE_NEAR");
				assertThat(n.get("kindLabel").asString()).isEqualTo("整改期限将至");
				assertThat(n.get("body").asString()).contains("整改期限 2026-03-20", "还有 3 天");
				assertThat(n.get("link").asString()).isEqualTo("/hazards/" + hazard);
				assertThat(n.hasNonNull("readAt")).isFalse();
			});
		}
		assertThat(districtOfficers).allSatisfy(d -> assertThat(about(d, hazard)).as(d).isEmpty());
		assertThat(about(inspector, hazard)).isEmpty();
	}

	@Test
	void four_days_away_is_not_yet_near() {
		long hazard = hazardWithDeadline("2026-03-02", "2026-03-20");

		scan.scan(LocalDate.parse("2026-03-16"));

		assertThat(townshipOfficers).allSatisfy(o -> assertThat(about(o, hazard)).isEmpty());
	}

	@Test
	void an_overdue_entry_reminds_the_township_at_once_and_the_district_after_seven_days() {
		long hazard = hazardWithDeadline("2026-04-01", "2026-04-10");

		scan.scan(LocalDate.parse("2026-04-11"));
		List<JsonNode> districtOnDayOne = about(districtOfficers.get(0), hazard);
		scan.scan(LocalDate.parse("2026-04-16"));
		List<JsonNode> districtOnDaySix = about(districtOfficers.get(0), hazard);
		scan.scan(LocalDate.parse("2026-04-17"));
		scan.scan(LocalDate.parse("2026-04-30"));

		assertThat(districtOnDayOne).isEmpty();
		assertThat(districtOnDaySix).isEmpty();
		for (String officer : townshipOfficers) {
			assertThat(kinds(about(officer, hazard))).as(officer).containsExactly("HAZARD_OVERDUE");
		}
		for (String officer : districtOfficers) {
			assertThat(about(officer, hazard)).as(officer).singleElement().satisfies(n -> {
				assertThat(n.get("kind").asString()).isEqualTo("HAZARD_LONG_OVERDUE");
				assertThat(n.get("body").asString()).contains("已逾期 7 天", TOWNSHIP);
			});
		}
	}

	@Test
	void a_new_deadline_is_reminded_of_again_a_closed_entry_no_more() {
		long hazard = hazardWithDeadline("2026-05-04", "2026-05-20");
		scan.scan(LocalDate.parse("2026-05-18"));

		int version = admin.get("/api/v1/hazards/" + hazard).json().get("version").asInt();
		Reply moved = admin.put("/api/v1/hazards/" + hazard + "/assignment", LedgerRequests.assignment(version, "2026-06-10"));
		scan.scan(LocalDate.parse("2026-06-08"));
		scan.scan(LocalDate.parse("2026-06-09"));

		assertThat(moved.status()).as(moved.body() + "").isEqualTo(200);
		assertThat(about(townshipOfficers.get(0), hazard)).extracting(n -> n.get("body").asString())
			.hasSize(2)
			.anySatisfy(b -> assertThat(b).contains("2026-05-20"))
			.anySatisfy(b -> assertThat(b).contains("2026-06-10"));
	}

	@Test
	void an_overdue_task_reminds_the_inspector_drawn_for_it_once() {
		String planned = districtOfficers.get(0);
		assertThat(admin.post("/api/v1/facilities", """
				{"id": "R%s", "name": "姚李镇提醒测试养老院", "township": "姚李镇"}""".formatted(tag)).status()).isEqualTo(201);
		Reply plan = admin.post("/api/v1/plans", """
				{"year": 2025, "township": "姚李镇", "seed": 5, "inspectors": ["%s"]}""".formatted(planned));
		assertThat(plan.status()).as(plan.body() + "").isEqualTo(201);

		scan.scan(LocalDate.parse("2026-01-10"));
		scan.scan(LocalDate.parse("2026-01-11"));

		List<String> taskIds = new ArrayList<>();
		plan.json().get("tasks").forEach(t -> taskIds.add(String.valueOf(t.get("id").asLong())));
		List<JsonNode> told = inbox(planned).stream().filter(n -> n.get("kind").asString().equals("TASK_OVERDUE")).toList();
		assertThat(told).extracting(n -> n.get("subjectId").asString()).containsExactlyInAnyOrderElementsOf(taskIds);
		assertThat(told).allSatisfy(n -> assertThat(n.get("link").asString()).isEqualTo("/tasks"));
		assertThat(inbox(districtOfficers.get(1))).noneMatch(n -> taskIds.contains(n.get("subjectId").asString())
				&& n.get("subjectType").asString().equals("TASK"));
	}

	@Test
	void an_institution_never_inspected_is_at_risk_and_its_township_is_told_once_per_cadence_and_period() {
		String facility = "R" + tag;
		assertThat(admin.post("/api/v1/facilities", """
				{"id": "%s", "name": "洪集镇频次预警养老院", "township": "%s"}""".formatted(facility, TOWNSHIP)).status())
			.isEqualTo(201);
		LocalDate today = LocalDate.now(clock);
		LocalDate autumn = LocalDate.of(today.getYear(), 10, 15);
		LocalDate day = today.isAfter(autumn) ? today : autumn;

		scan.scan(day);
		scan.scan(day);

		List<JsonNode> told = inbox(townshipOfficers.get(0)).stream()
			.filter(n -> n.get("subjectId").asString().equals(facility))
			.toList();
		assertThat(told).extracting(n -> n.get("kind").asString()).containsOnly("AT_RISK");
		assertThat(told).extracting(n -> n.get("title").asString()).anySatisfy(t -> assertThat(t).contains("CP-1"));
		assertThat(told).extracting(n -> n.get("title").asString()).doesNotHaveDuplicates();
		assertThat(told).allSatisfy(n -> assertThat(n.get("link").asString()).isEqualTo("/facilities/" + facility));
		assertThat(inbox(districtOfficers.get(0))).noneMatch(n -> n.get("subjectId").asString().equals(facility));
	}

	@Test
	void a_user_reads_and_marks_only_their_own_reminders() {
		long hazard = hazardWithDeadline("2026-07-01", "2026-07-10");
		scan.scan(LocalDate.parse("2026-07-08"));
		Api first = new Api(port, townshipOfficers.get(0), PASSWORD);
		Api second = new Api(port, townshipOfficers.get(1), PASSWORD);
		long mine = about(townshipOfficers.get(0), hazard).get(0).get("id").asLong();
		long unreadBefore = first.get("/api/v1/notifications").json().get("unread").asLong();

		Reply othersRead = second.post("/api/v1/notifications/" + mine + "/read", "");
		Reply read = first.post("/api/v1/notifications/" + mine + "/read", "");
		Reply again = first.post("/api/v1/notifications/" + mine + "/read", "");

		assertThat(othersRead.status()).isEqualTo(404);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("readAt").asString()).isNotBlank();
		assertThat(again.json().get("readAt").asString()).isEqualTo(read.json().get("readAt").asString());
		JsonNode unreadOnly = first.get("/api/v1/notifications?unread=true&size=500").json();
		assertThat(unreadOnly.get("unread").asLong()).isEqualTo(unreadBefore - 1);
		assertThat(unreadOnly.get("items").findValuesAsString("id")).doesNotContain(String.valueOf(mine));
		assertThat(about(townshipOfficers.get(1), hazard)).singleElement()
			.satisfies(n -> assertThat(n.hasNonNull("readAt")).as("the other officer's copy stays unread").isFalse());

		JsonNode marked = second.post("/api/v1/notifications/read-all", "").json();
		assertThat(marked.get("marked").asInt()).isPositive();
		assertThat(second.get("/api/v1/notifications?unread=true").json().get("total").asLong()).isZero();
		assertThat(first.get("/api/v1/notifications?unread=true").json().get("total").asLong()).isEqualTo(unreadBefore - 1);
	}

	/** An entry of a new institution in {@link #TOWNSHIP}, found on {@code foundOn}, due {@code deadline}. */
	long hazardWithDeadline(String foundOn, String deadline) {
		return hazardWithDeadline(admin, TOWNSHIP, foundOn, deadline);
	}

	static long hazardWithDeadline(Api admin, String township, String foundOn, String deadline) {
		Reply inspection = admin.post("/api/v1/inspections",
				LedgerRequests.inspectionWithTwoMajorFindings(LedgerRequests.newFacilityId(), township, foundOn));
		assertThat(inspection.status()).as(inspection.body() + "").isEqualTo(201);
		// the entry not escalated at opening, so that what its officers are told is the reminders' doing alone
		long hazard = -1;
		int version = -1;
		for (JsonNode link : inspection.json().get("hazards")) {
			JsonNode entry = admin.get("/api/v1/hazards/" + link.get("hazardId").asLong()).json();
			if (!entry.get("escalated").asBoolean()) {
				hazard = entry.get("id").asLong();
				version = entry.get("version").asInt();
			}
		}
		assertThat(hazard).as("an entry not escalated at opening").isPositive();
		Reply assigned = admin.put("/api/v1/hazards/" + hazard + "/assignment", LedgerRequests.assignment(version, deadline));
		assertThat(assigned.status()).as(assigned.body() + "").isEqualTo(200);
		return hazard;
	}

	private String user(String kind, String role, String township) {
		String name = "rem-" + kind + "-" + tag;
		admin.createUser(name, PASSWORD, role, township);
		return name;
	}

	private List<JsonNode> about(String user, long hazard) {
		return inbox(user).stream()
			.filter(n -> n.get("subjectType").asString().equals("HAZARD") && n.get("subjectId").asString().equals(String.valueOf(hazard)))
			.toList();
	}

	private List<JsonNode> inbox(String user) {
		return inbox(port, user, PASSWORD);
	}

	/** The reminders the scan and escalations posted; the opening's own NEW_HAZARD notices are another feature's. */
	static List<JsonNode> inbox(int port, String user, String password) {
		JsonNode page = new Api(port, user, password).get("/api/v1/notifications?size=500").json();
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(n -> {
			if (!n.get("kind").asString().equals("NEW_HAZARD")) {
				items.add(n);
			}
		});
		return items;
	}

	private static List<String> kinds(List<JsonNode> notices) {
		return notices.stream().map(n -> n.get("kind").asString()).toList();
	}

}

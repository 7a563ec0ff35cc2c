package cn.yeji.hazard.planning;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;

/** Plans (双随机) over the registry, as a district officer makes them and inspectors carry them out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTest {

	private static final String TOWNSHIP = "平岗街道";

	@LocalServerPort
	int port;

	Api admin;

	String tag;

	List<String> facilities = new ArrayList<>();

	List<String> district = new ArrayList<>();

	String local;

	@BeforeEach
	void registryAndInspectors() {
		admin = new Api(port);
		tag = "P" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= 4; i++) {
			String id = tag + "-" + i;
			assertThat(admin.post("/api/v1/facilities", """
					{"id": "%s", "name": "平岗街道第%d养老院", "township": "%s"}""".formatted(id, i, TOWNSHIP)).status()).isEqualTo(201);
			facilities.add(id);
		}
		for (int i = 1; i <= 3; i++) {
			String name = "dist-" + tag.toLowerCase() + "-" + i;
			admin.createUser(name, PASSWORD, "DISTRICT_OFFICER", null);
			district.add(name);
		}
		local = "loc-" + tag.toLowerCase();
		admin.createUser(local, PASSWORD, "INSPECTOR", "三元镇");
	}

	@Test
	void every_institution_gets_its_four_checks_one_a_quarter_never_twice_in_a_row_by_the_same_inspector() {
		JsonNode plan = admin.post("/api/v1/plans", request(2027, 42L)).json();

		Map<String, List<JsonNode>> byFacility = tasksOfMine(plan.get("tasks"));
		assertThat(byFacility.keySet()).containsExactlyInAnyOrderElementsOf(facilities);
		byFacility.forEach((facility, tasks) -> {
			assertThat(tasks).extracting(t -> t.get("quarter").asInt()).containsExactly(1, 2, 3, 4);
			assertThat(tasks).extracting(t -> t.get("dueOn").asString())
				.containsExactly("2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31");
			for (int q = 1; q < 4; q++) {
				assertThat(tasks.get(q).get("assignee").asString()).as("%s quarter %d", facility, q + 1)
					.isNotEqualTo(tasks.get(q - 1).get("assignee").asString());
			}
		});
		assertThat(plan.get("tasks")).extracting(t -> t.get("assignee").asString())
			.as("the 三元镇 inspector is never drawn for 平岗街道").doesNotContain(local);
		assertThat(plan.get("seed").asLong()).isEqualTo(42L);
	}

	@Test
	void the_same_seed_draws_the_same_pairs_and_another_seed_others() {
		JsonNode made = admin.post("/api/v1/plans", request(2028, 7L)).json();
		JsonNode again = admin.post("/api/v1/plans?dryRun=true", request(2028, 7L)).json();
		JsonNode other = admin.post("/api/v1/plans?dryRun=true", request(2028, 8L)).json();

		assertThat(pairs(again)).isEqualTo(pairs(made));
		assertThat(pairs(other)).isNotEqualTo(pairs(made));
		assertThat(admin.get("/api/v1/plans/" + made.get("id").asLong()).json().get("seed").asLong()).isEqualTo(7L);
	}

	@Test
	void recording_an_inspection_for_a_task_completes_it_once_and_counts_as_a_district_check() {
		JsonNode plan = admin.post("/api/v1/plans", request(2026, 11L)).json();
		JsonNode task = tasksOfMine(plan.get("tasks")).get(facilities.get(0)).get(0);
		long taskId = task.get("id").asLong();
		Api inspector = new Api(port, task.get("assignee").asString(), PASSWORD);

		Reply recorded = inspector.post("/api/v1/inspections", inspection(facilities.get(0), taskId));
		Reply twice = inspector.post("/api/v1/inspections", inspection(facilities.get(0), taskId));
		Reply wrongFacility = inspector.post("/api/v1/inspections", inspection(facilities.get(1), taskId));

		assertThat(recorded.status()).as(recorded.body() + "").isEqualTo(201);
		JsonNode done = admin.get("/api/v1/tasks?facilityId=" + facilities.get(0) + "&status=DONE").json().get("items");
		assertThat(done).singleElement().satisfies(t -> {
			assertThat(t.get("id").asLong()).isEqualTo(taskId);
			assertThat(t.get("inspectionId").asLong()).isEqualTo(recorded.json().get("id").asLong());
		});
		assertThat(twice.status()).isEqualTo(400);
		assertThat(wrongFacility.status()).isEqualTo(400);
		assertThat(wrongFacility.json().get("errors").findValuesAsString("field")).containsExactly("inspection.taskId");
		assertThat(admin.get("/api/v1/activities?facilityId=" + facilities.get(0)).json().get("items"))
			.extracting(a -> a.get("kind").asString()).containsExactly("DISTRICT_CHECK");
		assertThat(admin.get("/api/v1/inspections?facilityId=" + facilities.get(1)).json().get("total").asLong())
			.as("nothing recorded for the refused one").isZero();
	}

	@Test
	void a_task_past_its_due_date_is_overdue_and_an_inspector_lists_their_own() {
		JsonNode plan = admin.post("/api/v1/plans", request(2025, 3L)).json();
		String assignee = plan.get("tasks").get(0).get("assignee").asString();

		JsonNode mine = new Api(port, assignee, PASSWORD).get("/api/v1/tasks?assignee=me&year=2025&size=500").json();

		assertThat(mine.get("items")).isNotEmpty().allSatisfy(t -> {
			assertThat(t.get("assignee").asString()).isEqualTo(assignee);
			assertThat(t.get("status").asString()).isEqualTo("OVERDUE");
			assertThat(t.get("overdue").asBoolean()).isTrue();
		});
	}

	@Test
	void an_unknown_inspector_is_named_and_nothing_is_planned() {
		Reply refused = admin.post("/api/v1/plans", """
				{"year": 2029, "township": "%s", "inspectors": ["%s", "nobody-%s"]}""".formatted(TOWNSHIP, district.get(0), tag));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("inspectors[1]");
		assertThat(admin.get("/api/v1/tasks?year=2029&facilityId=" + facilities.get(0)).json().get("total").asLong()).isZero();
	}

	private String request(int year, Long seed) {
		return """
				{"year": %d, "township": "%s", "seed": %d, "inspectors": ["%s", "%s", "%s", "%s"]}""".formatted(year, TOWNSHIP,
				seed, district.get(0), district.get(1), district.get(2), local);
	}

	private static String inspection(String facility, long taskId) {
		return """
				{"facility": {"id": "%s", "name": "平岗街道养老院", "regionCode": "341504", "township": "平岗街道"},
				 "inspection": {"date": "2026-11-20", "channel": "SUPERVISORY_INSPECTION", "inspector": "区民政局", "taskId": %d},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "A", "housingAuthorityMajorRisk": false}]}"""
			.formatted(facility, taskId);
	}

	/** This test's institutions' tasks, in quarter order. */
	private Map<String, List<JsonNode>> tasksOfMine(JsonNode tasks) {
		Map<String, List<JsonNode>> byFacility = new TreeMap<>();
		tasks.forEach(t -> {
			if (facilities.contains(t.get("facilityId").asString())) {
				byFacility.computeIfAbsent(t.get("facilityId").asString(), k -> new ArrayList<>()).add(t);
			}
		});
		byFacility.values().forEach(l -> l.sort((a, b) -> a.get("quarter").asInt() - b.get("quarter").asInt()));
		return byFacility;
	}

	private List<String> pairs(JsonNode plan) {
		List<String> pairs = new ArrayList<>();
		plan.get("tasks").forEach(t -> pairs.add(t.get("facilityId").asString() + "/" + t.get("quarter").asInt() + "/"
				+ t.get("assignee").asString()));
		pairs.sort(String::compareTo);
		return pairs;
	}

}

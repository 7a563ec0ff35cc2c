package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The township of a known facility is authoritative: a township officer cannot write for another township's
 * facility by declaring their own township in the body, so nobody moves a facility into their ledger, changes
 * its master data or joins its entries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TownshipIntegrityTest {

	private static final String HOME = "史河街道";

	private static final String INTRUDER = "三元镇";

	@LocalServerPort
	int port;

	Api admin;

	Api intruder;

	Api owner;

	String facility;

	@BeforeEach
	void facilityOfAnotherTownship() {
		admin = new Api(port);
		intruder = officer("intruder-" + port, INTRUDER);
		owner = officer("owner-" + port, HOME);
		facility = "TI-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.post("/api/v1/inspections", inspection(HOME)).status()).isEqualTo(201);
	}

	@Test
	void an_inspection_declaring_the_callers_own_township_for_another_townships_facility_is_403() {
		Reply r = intruder.post("/api/v1/inspections", inspection(INTRUDER));

		assertThat(r.status()).as("%s", r.body()).isEqualTo(403);
		assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("facility.township");
		assertThat(r.json().get("errors").findValuesAsString("value")).containsExactly(HOME);
		// nothing moved: the facility and its entries are still the home township's
		assertThat(owner.get("/api/v1/hazards?facilityId=" + facility).json().get("total").asLong()).isEqualTo(1);
		assertThat(intruder.get("/api/v1/hazards?facilityId=" + facility).json().get("total").asLong()).isZero();
		assertThat(owner.get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void a_complaint_or_an_activity_for_another_townships_facility_is_403() {
		Reply complaint = intruder.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "改名养老院", "township": "%s"}, "source": "HOTLINE_12345",
				 "receivedOn": "2026-11-18", "content": "举报内容"}""".formatted(facility, INTRUDER));
		Reply activity = intruder.post("/api/v1/activities", """
				{"kind": "STAFF_TRAINING", "facility": {"id": "%s", "name": "改名养老院", "township": "%s"},
				 "heldOn": "2025-03-01", "conductedBy": "院方"}""".formatted(facility, INTRUDER));

		assertThat(complaint.status()).as("%s", complaint.body()).isEqualTo(403);
		assertThat(complaint.json().get("errors").findValuesAsString("field")).containsExactly("facility.township");
		assertThat(activity.status()).as("%s", activity.body()).isEqualTo(403);
		assertThat(activity.json().get("errors").findValuesAsString("field")).containsExactly("facility.township");
	}

	@Test
	void history_names_the_signed_in_account_and_who_asked_for_acceptance_cannot_close() {
		// given an entry the owning township walks to acceptance
		long id = owner.get("/api/v1/hazards?facilityId=" + facility).json().get("items").get(0).get("id").asLong();
		int v = owner.put("/api/v1/hazards/" + id + "/assignment", """
				{"version": 0, "actor": "镇民政办 李四", "rectificationUnit": "院方", "responsiblePerson": "王院长",
				 "deadline": "2026-12-31", "measures": "停用危房"}""").json().get("version").asInt();
		v = owner.post("/api/v1/hazards/" + id + "/transitions", move(v, "RECTIFYING")).json().get("version").asInt();
		v = owner.post("/api/v1/hazards/" + id + "/transitions", move(v, "PENDING_ACCEPTANCE")).json().get("version").asInt();

		// when the same account tries to close, and then a colleague does
		Reply self = owner.post("/api/v1/hazards/" + id + "/transitions", close(v));
		Reply colleague = officer("colleague-" + port, HOME).post("/api/v1/hazards/" + id + "/transitions", close(v));

		// then
		assertThat(self.status()).as("%s", self.body()).isEqualTo(403);
		assertThat(self.json().get("errors").findValuesAsString("field")).containsExactly("actor");
		assertThat(colleague.status()).as("%s", colleague.body()).isEqualTo(200);
		JsonNode history = colleague.json().get("history");
		JsonNode assigned = history.get(2); // after OPENED and ESCALATED (a grade-D building is escalated in Yeji)
		assertThat(assigned.get("actor").asString()).isEqualTo("owner-" + port);
		assertThat(assigned.get("onBehalfOf").asString()).isEqualTo("镇民政办 李四");
		assertThat(history.get(history.size() - 1).get("actor").asString()).isEqualTo("colleague-" + port);
	}

	private static String move(int version, String to) {
		return """
				{"version": %d, "actor": "镇民政办 李四", "to": "%s", "note": "推进"}""".formatted(version, to);
	}

	private static String close(int version) {
		return """
				{"version": %d, "actor": "镇民政办 王五", "to": "CLOSED", "note": "复查合格",
				 "acceptance": {"acceptedBy": "镇民政办 王五", "acceptedOn": "2026-11-28", "note": "危房已停用"}}""".formatted(version);
	}

	@Test
	void the_owning_township_still_records_for_its_facility() {
		assertThat(owner.post("/api/v1/inspections", inspection(HOME)).status()).isEqualTo(201);
	}

	private Api officer(String username, String township) {
		Reply r = admin.createUser(username, "integrity-pass-1", "TOWNSHIP_OFFICER", township);
		assertThat(r.status()).as("%s", r.body()).isIn(201, 409);
		return new Api(port, username, "integrity-pass-1");
	}

	private String inspection(String township) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "341504", "township": "%s",
				              "residentCount": 40, "dependentResidentCount": 10},
				 "inspection": {"date": "2026-11-02", "channel": "SUPERVISORY_INSPECTION", "inspector": "张三"},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}]}
				""".formatted(facility, township);
	}

}

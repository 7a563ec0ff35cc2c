package cn.yeji.hazard.hazards;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.ledger.LedgerRequests;
import tools.jackson.databind.JsonNode;

/**
 * A township hears of its new major hazards at once (发现重大事故隐患及时报告): a new MAJOR entry tells the
 * township's officers and the district officers, a new REVIEW entry the township's officers, a finding that
 * joins an open entry tells nobody again, and another township hears nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewHazardNoticeTest {

	@LocalServerPort
	int port;

	Api admin;

	String township;

	String otherTownship;

	String district;

	@BeforeEach
	void officers() {
		admin = new Api(port);
		township = TestUsers.create(admin, "TOWNSHIP_OFFICER", "洪集镇");
		otherTownship = TestUsers.create(admin, "TOWNSHIP_OFFICER", "三元镇");
		district = TestUsers.create(admin, "DISTRICT_OFFICER", null);
	}

	@Test
	void new_major_entries_tell_the_township_and_the_district_once_and_no_other_township() {
		// given an inspection in 洪集镇 that opens two MAJOR entries
		String facility = LedgerRequests.newFacilityId();
		List<Long> entries = record(LedgerRequests.inspectionWithTwoMajorFindings(facility, "洪集镇", "2026-09-01"));
		assertThat(entries).hasSize(2);

		// when the same institution is found with the same hazards again (the findings join the open entries)
		record(LedgerRequests.inspectionWithTwoMajorFindings(facility, "洪集镇", "2026-09-15"));

		// then the township officer and the district officer were told of each entry once
		for (long entry : entries) {
			assertThat(newHazard(township, entry)).as("township officer, entry %d", entry).singleElement().satisfies(n -> {
				assertThat(n.get("kindLabel").asString()).isEqualTo("新发现隐患");
				assertThat(n.get("body").asString()).contains("洪集镇", "新发现重大事故隐患");
				assertThat(n.get("link").asString()).isEqualTo("/hazards/" + entry);
			});
			assertThat(newHazard(district, entry)).as("district officer, entry %d", entry).hasSize(1);
			// and the officer of another township heard nothing
			assertThat(newHazard(otherTownship, entry)).as("三元镇's officer, entry %d", entry).isEmpty();
		}
	}

	@Test
	void a_new_review_entry_tells_the_township_but_not_the_district() {
		// given an inspection whose only finding needs expert review (no fire acceptance: YJ-4.4)
		List<Long> entries = record("""
				{"facility": {"id": "%s", "name": "洪集镇测试养老院", "regionCode": "341504", "township": "洪集镇"},
				 "inspection": {"date": "2026-09-01", "channel": "SUPERVISORY_INSPECTION", "inspector": "区民政局 张三"},
				 "buildings": [{"id": "B1", "name": "1号楼", "fireAcceptance": "MISSING"}]}
				""".formatted(LedgerRequests.newFacilityId()));
		assertThat(entries).as("one REVIEW entry").hasSize(1);
		long entry = entries.get(0);
		assertThat(admin.get("/api/v1/hazards/" + entry).json().get("level").asString()).isEqualTo("REVIEW");

		// then the township officer was told and the district officer was not
		assertThat(newHazard(township, entry)).singleElement()
			.satisfies(n -> assertThat(n.get("body").asString()).contains("需专家论证"));
		assertThat(newHazard(district, entry)).isEmpty();
	}

	/** Records an inspection; the ids of the entries it opened or joined. */
	private List<Long> record(String request) {
		Reply recorded = admin.post("/api/v1/inspections", request);
		assertThat(recorded.status()).as(recorded.body() + "").isEqualTo(201);
		List<Long> ids = new ArrayList<>();
		recorded.json().get("hazards").forEach(link -> ids.add(link.get("hazardId").asLong()));
		return ids;
	}

	private List<JsonNode> newHazard(String user, long entry) {
		List<JsonNode> items = new ArrayList<>();
		new Api(port, user, PASSWORD).get("/api/v1/notifications?size=500").json().get("items").forEach(n -> {
			if (n.get("kind").asString().equals("NEW_HAZARD") && n.get("subjectId").asString().equals(String.valueOf(entry))) {
				items.add(n);
			}
		});
		return items;
	}

}

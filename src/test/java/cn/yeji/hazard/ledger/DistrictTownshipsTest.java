package cn.yeji.hazard.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;

/** Townships come from the district's list beside the rules (rules/townships.yaml). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DistrictTownshipsTest {

	@LocalServerPort
	int port;

	@Test
	void a_user_of_a_township_not_on_the_list_is_refused_naming_the_field() {
		Api admin = new Api(port);

		Reply misspelt = admin.post("/api/v1/users", """
				{"username": "dt-%s", "password": "district-pass-1", "role": "INSPECTOR", "township": "三元乡"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));

		assertThat(misspelt.status()).isEqualTo(400);
		assertThat(misspelt.json().get("errors").findValuesAsString("field")).containsExactly("township");
		assertThat(misspelt.json().get("errors").findValuesAsString("message")).singleElement().asString()
			.contains("叶集区").contains("三元镇");
		assertThat(admin.createUser("dt-" + UUID.randomUUID().toString().substring(0, 8), "district-pass-1", "INSPECTOR",
				"孙岗乡").status()).as("a township on the list").isEqualTo(201);
	}

	@Test
	void a_district_facility_recorded_with_a_township_not_on_the_list_is_refused_and_nothing_is_written() {
		Api admin = new Api(port);
		String facility = "DT-" + UUID.randomUUID().toString().substring(0, 8);

		Reply inspection = admin.post("/api/v1/inspections", inspection(facility, "341504", "城关镇"));
		Reply complaint = admin.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "测试养老院", "township": "城关镇"}, "source": "HOTLINE_12345",
				 "receivedOn": "2026-11-20", "content": "夜间无人值守"}""".formatted(facility));

		assertThat(inspection.status()).isEqualTo(400);
		assertThat(inspection.json().get("errors").findValuesAsString("field")).containsExactly("facility.township");
		assertThat(complaint.status()).isEqualTo(400);
		assertThat(complaint.json().get("errors").findValuesAsString("field")).containsExactly("facility.township");
		assertThat(admin.get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong()).isZero();
		assertThat(admin.post("/api/v1/inspections", inspection(facility, "341504", "平岗街道")).status()).isEqualTo(201);
	}

	@Test
	void a_listing_filtered_by_a_township_not_on_the_list_is_400_not_an_empty_page() {
		Api admin = new Api(port);

		Reply misspelt = admin.get("/api/v1/hazards?township=" + Api.encode("三源镇"));
		Reply stats = admin.get("/api/v1/stats/hazards?township=" + Api.encode("三源镇"));
		Reply known = admin.get("/api/v1/hazards?township=" + Api.encode("三元镇"));

		assertThat(misspelt.status()).isEqualTo(400);
		assertThat(misspelt.json().get("errors").findValuesAsString("field")).containsExactly("township");
		assertThat(stats.status()).isEqualTo(400);
		assertThat(known.status()).isEqualTo(200);
	}

	private static String inspection(String facility, String regionCode, String township) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "%s", "township": "%s",
				              "residentCount": 40, "dependentResidentCount": 10},
				 "inspection": {"date": "2026-11-02", "channel": "SUPERVISORY_INSPECTION", "inspector": "张三"},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}]}
				""".formatted(facility, regionCode, township);
	}

}

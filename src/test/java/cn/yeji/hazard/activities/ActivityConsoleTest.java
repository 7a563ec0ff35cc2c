package cn.yeji.hazard.activities;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.ledger.LedgerRequests;

/** Checks, training and drills in a real browser: a township records them, the district reads them. */
@ConsoleTest
class ActivityConsoleTest {

	private static final LocalDate TODAY = LocalDate.now(TestRules.ZONE);

	@Test
	void a_township_records_a_drill_and_its_training_and_the_district_lists_them(Api admin, Browser browser) {
		String facility = LedgerRequests.newFacilityId();
		browser.signIn(TestUsers.create(admin, "TOWNSHIP_OFFICER", "三元镇"), PASSWORD).get("/activities");
		assertThat(browser.page()).isEqualTo("activities");
		assertThat(browser.all("[data-activity-list]")).as("the list is the district's").isEmpty();

		// when a drill is recorded without its facility, on a day that has not come
		browser.select("kind", "EVACUATION_DRILL").date("heldOn", TODAY.plusDays(1).toString())
			.type("conductedBy", "院长 王某").press("记录");

		// then both are named beside their fields
		assertThat(browser.errorBeside("activity.facility")).contains("须填写机构");
		assertThat(browser.errorBeside("activity.heldOn")).isEqualTo("不得晚于今天");
		assertThat(browser.control("conductedBy").getAttribute("value")).isEqualTo("院长 王某");

		// and when corrected, the drill is recorded for a facility new to the ledger, in the officer's township
		browser.type("facility.id", facility).type("facility.name", "演练测试养老院").date("heldOn", TODAY.toString())
			.press("记录");
		assertThat(browser.one(".notice").getText()).contains("疏散逃生演练", facility);
		browser.select("kind", "PRINCIPAL_TRAINING").date("heldOn", TODAY.minusDays(3).toString())
			.type("conductedBy", "三元镇民政办").press("记录");
		assertThat(browser.one(".notice").getText()).contains("主要负责人和安全管理人员培训", "三元镇");
		browser.assertNoJsErrors();

		// then a district officer finds the drill under the facility
		browser.press("退出");
		browser.signIn(TestUsers.create(admin, "DISTRICT_OFFICER", null), PASSWORD)
			.get("/activities?facilityId=" + facility);
		assertThat(browser.attributes("tr[data-activity-id]", "data-kind")).containsExactly("EVACUATION_DRILL");
		assertThat(browser.one("tr[data-activity-id]").getText()).contains("三元镇", "院长 王某", TODAY.toString());
		browser.get("/activities?township=" + Api.encode("三元镇") + "&from=" + TODAY.minusDays(3) + "&to=" + TODAY);
		assertThat(browser.attributes("tr[data-activity-id]", "data-kind")).contains("EVACUATION_DRILL", "PRINCIPAL_TRAINING");
		browser.screenshots("activities");
		browser.assertNoJsErrors();
	}


}

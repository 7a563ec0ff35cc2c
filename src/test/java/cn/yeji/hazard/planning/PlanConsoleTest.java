package cn.yeji.hazard.planning;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;

/** A district officer plans the year in the console; an inspector carries out a task and sees it done. */
@ConsoleTest
class PlanConsoleTest {

	private static final String TOWNSHIP = "洪集镇";

	String tag;

	String officer;

	String inspector;

	String facility;

	@BeforeEach
	void setUp(Api admin) {
		tag = UUID.randomUUID().toString().substring(0, 6);
		officer = "pdist-" + tag;
		inspector = "pinsp-" + tag;
		facility = "PC-" + tag;
		admin.createUser(officer, PASSWORD, "DISTRICT_OFFICER", null);
		admin.createUser(inspector, PASSWORD, "INSPECTOR", TOWNSHIP);
		assertThat(admin.post("/api/v1/facilities", """
				{"id": "%s", "name": "洪集镇测试养老院", "township": "%s", "buildings": [{"id": "B1", "name": "综合楼"}]}"""
			.formatted(facility, TOWNSHIP)).status()).isEqualTo(201);
	}

	@Test
	void a_plan_made_in_the_console_gives_the_inspector_a_task_that_recording_its_inspection_completes(Browser browser) {
		// given a district officer's plan for the township, drawn from the one inspector
		browser.signIn(officer, PASSWORD).get("/plans");
		browser.type("year", "2026").select("township", TOWNSHIP).type("seed", "2026").check("inspectors", inspector)
			.press("生成计划");
		assertThat(browser.page()).isEqualTo("plan");
		assertThat(browser.all("[data-task-id]")).hasSizeGreaterThanOrEqualTo(4);
		browser.screenshot("plan");
		browser.press("退出");

		// when the inspector starts the task from their list and records the inspection
		browser.signIn(inspector, PASSWORD).get("/tasks?year=2026");
		assertThat(browser.page()).isEqualTo("tasks");
		String taskId = browser.one("tr[data-facility-id='" + facility + "']:not([data-task-status='DONE'])").getAttribute("data-task-id");
		browser.navigating(() -> browser.click(browser.one("tr[data-task-id='" + taskId + "'] [data-start-task]")));
		assertThat(browser.page()).isEqualTo("inspect");
		assertThat(browser.control("facility.id").getAttribute("value")).isEqualTo(facility);
		assertThat(browser.control("buildings[0].id").getAttribute("value")).isEqualTo("B1");
		assertThat(browser.control("buildings[0].dangerousBuildingGrade").getAttribute("value"))
			.as("a filed fact is not pre-set: 未查").isEmpty();
		assertThat(browser.all("[data-task-notice]")).hasSize(1);
		browser.select("buildings[0].dangerousBuildingGrade", "B").choose("buildings[0].housingAuthorityMajorRisk", "false")
			.type("inspection.date", "").date("inspection.date", "2026-11-20").press("判定并记入台账");

		// then the task is done in their list and on the institution's page
		assertThat(browser.page()).isEqualTo("verdict");
		browser.get("/tasks?year=2026&status=DONE");
		assertThat(browser.attributes("tr[data-task-id]", "data-task-id")).containsExactly(taskId);
		browser.get("/facilities/" + facility);
		assertThat(browser.one("tr[data-task-id='" + taskId + "']").getAttribute("data-task-status")).isEqualTo("DONE");
		browser.size(Browser.PHONE).screenshot("tasks-facility-phone");
		browser.size(Browser.DESKTOP);
		browser.assertNoJsErrors();
	}

}

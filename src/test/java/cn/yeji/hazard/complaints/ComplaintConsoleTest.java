package cn.yeji.hazard.complaints;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import tools.jackson.databind.JsonNode;
import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.ledger.LedgerRequests;

/** Public reports in a real browser: an officer records one, verifies it, and the ledger gets its entry. */
@ConsoleTest
class ComplaintConsoleTest {

	Api admin;

	Browser browser;

	@BeforeEach
	void open(Api admin, Browser browser) {
		this.admin = admin;
		this.browser = browser;
	}

	@Test
	void a_report_is_recorded_then_confirmed_and_opens_its_ledger_entry() {
		String officer = TestUsers.create(admin, "TOWNSHIP_OFFICER", "三元镇");
		String facility = LedgerRequests.newFacilityId();
		browser.signIn(officer, PASSWORD).get("/complaints");
		browser.click(browser.one("[data-form-box=report] summary"));

		// when a report is recorded without its content
		browser.type("facility.id", facility).type("facility.name", "举报测试养老院").select("source", "HOTLINE_12345")
			.press("登记举报");

		// then the content is asked for beside it, and what was typed is kept
		assertThat(browser.page()).isEqualTo("complaints");
		assertThat(browser.errorBeside("report.content")).isEqualTo("必填字段缺失");
		assertThat(browser.control("facility.name").getAttribute("value")).isEqualTo("举报测试养老院");
		browser.assertNoJsErrors();
		browser.screenshots("complaints");

		// and once given, the report is recorded in the officer's township, waiting for verification
		browser.type("content", "家属反映该院二楼安全出口长期上锁").press("登记举报");
		assertThat(browser.page()).isEqualTo("complaint");
		assertThat(browser.body("data-status")).isEqualTo("RECEIVED");
		assertThat(browser.one(".notice").getText()).contains("已登记群众举报");
		long id = Long.parseLong(browser.body("data-complaint-id"));
		assertThat(admin.get("/api/v1/complaints/" + id).json().get("township").asString()).isEqualTo("三元镇");

		// when it is confirmed without naming the clause
		browser.choose("outcome", "CONFIRMED").type("actor", "镇民政办 王五").press("记录核查结果");

		// then the clause is asked for
		assertThat(browser.errorBeside("verification.ruleId")).contains("举报查实须注明所依据的条款编号");
		assertThat(browser.control("actor").getAttribute("value")).isEqualTo("镇民政办 王五");
		browser.assertNoJsErrors();
		browser.screenshots("complaint");

		// and named, the verification is recorded and the report opens a ledger entry of channel 群众举报
		browser.select("ruleId", "YJ-2.3").type("note", "现场核实：二楼东侧安全出口上锁").press("记录核查结果");
		assertThat(browser.body("data-status")).isEqualTo("CONFIRMED");
		assertThat(browser.one("[data-verification]").getText()).contains("镇民政办 王五", "YJ-2.3", officer);
		browser.get(java.net.URI.create(browser.one("[data-hazard-link]").getAttribute("href")).getPath());
		assertThat(browser.page()).isEqualTo("hazard");
		assertThat(browser.one("[data-rectification]").getText()).contains("待整改");
		assertThat(browser.attributes("ol.timeline li", "data-event")).containsExactly("OPENED");
		assertThat(browser.one("ol.timeline").getText()).contains("举报 #" + id);
		JsonNode hazard = admin.get("/api/v1/hazards/" + browser.body("data-hazard-id")).json();
		assertThat(hazard.get("channel").asString()).isEqualTo("PUBLIC_REPORT");
		assertThat(hazard.get("ruleId").asString()).isEqualTo("YJ-2.3");
		browser.assertNoJsErrors();
	}

	@Test
	void an_inspector_reads_the_reports_of_their_township_but_records_none() {
		// given a report in 孙岗乡 and one in 三元镇
		long own = report("三元镇");
		long elsewhere = report("孙岗乡");
		browser.signIn(TestUsers.create(admin, "INSPECTOR", "三元镇"), PASSWORD).get("/complaints");

		// then the inspector sees 三元镇's, with no form to record or verify
		assertThat(browser.attributes("tr[data-complaint-id]", "data-complaint-id")).contains(String.valueOf(own))
			.doesNotContain(String.valueOf(elsewhere));
		assertThat(browser.all("form[data-form]")).isEmpty();
		browser.get("/complaints/" + own);
		assertThat(browser.page()).isEqualTo("complaint");
		assertThat(browser.all("form[data-form]")).isEmpty();
		browser.get("/complaints/" + elsewhere);
		assertThat(browser.page()).isEqualTo("error-404");
		browser.assertNoJsErrors();
	}

	private long report(String township) {
		Api.Reply created = admin.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "举报测试养老院", "township": "%s"}, "source": "LETTER",
				 "receivedOn": "2026-11-01", "content": "反映消防通道堵塞"}""".formatted(LedgerRequests.newFacilityId(), township));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}


}

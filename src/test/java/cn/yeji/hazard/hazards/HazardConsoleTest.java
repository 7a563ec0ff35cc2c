package cn.yeji.hazard.hazards;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import tools.jackson.databind.JsonNode;
import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.ledger.LedgerContract;
import cn.yeji.hazard.ledger.LedgerRequests;

/**
 * The hazard ledger in a real browser: township officers follow an entry from opening to closure, two
 * officers meet on one entry, an inspector sees only their township, and a bad value is named beside its field.
 */
@ConsoleTest
class HazardConsoleTest {

	private static final LocalDate TODAY = LocalDate.now(TestRules.ZONE);

	@LocalServerPort
	int port;

	Api admin;

	Browser browser;

	String officer;

	String colleague;

	@BeforeEach
	void officers(Api admin, Browser browser) {
		this.admin = admin;
		this.browser = browser;
		officer = TestUsers.create(admin, "TOWNSHIP_OFFICER", "三元镇");
		colleague = TestUsers.create(admin, "TOWNSHIP_OFFICER", "三元镇");
	}

	@Test
	void an_entry_is_followed_from_opening_to_closure_and_the_asker_cannot_accept_it_alone() {
		// given an inspection that opened two entries in 三元镇
		String facility = LedgerRequests.newFacilityId();
		long id = inspection(facility, "三元镇", TODAY.minusDays(20)).get(0);

		// when an officer opens the ledger and the entry
		browser.signIn(officer, PASSWORD);
		assertThat(browser.page()).isEqualTo("hazards");
		browser.get("/hazards?facilityId=" + facility);
		assertThat(browser.attributes("tr[data-hazard-id]", "data-hazard-id")).contains(String.valueOf(id));
		browser.navigating(() -> browser.click(browser.one("tr[data-hazard-id='" + id + "'] a")));
		assertThat(browser.page()).isEqualTo("hazard");
		assertThat(browser.body("data-status")).isEqualTo("OPEN");

		// and assigns it, starts rectification and asks for acceptance
		browser.type("rectificationUnit", "三元镇测试养老院").type("responsiblePerson", "王院长")
			.date("deadline", TODAY.plusDays(30).toString()).type("measures", "停用危房，老人转移安置")
			.press("保存整改责任");
		assertThat(browser.one(".notice").getText()).contains("已落实整改责任");
		browser.press("开始整改");
		assertThat(browser.body("data-status")).isEqualTo("RECTIFYING");
		browser.type("note", "危房已停用，正在拆除").press("申请验收");
		assertThat(browser.body("data-status")).isEqualTo("PENDING_ACCEPTANCE");

		browser.screenshots("hazard");

		// then they may not close it themselves
		browser.type("acceptance.acceptedBy", "王五").press("验收销号");
		assertThat(browser.page()).isEqualTo("hazard");
		assertThat(browser.errorBeside("close.actor")).contains("申请验收的账号不能自己验收销号");
		assertThat(browser.body("data-status")).isEqualTo("PENDING_ACCEPTANCE");
		browser.assertNoJsErrors();

		// and when a second officer of the township closes it with an acceptance record
		browser.press("退出");
		browser.signIn(colleague, PASSWORD).get("/hazards/" + id);
		browser.type("acceptance.acceptedBy", "镇民政办 赵六").type("acceptance.note", "危房已拆除，复查合格").press("验收销号");

		// then it shows 已销号, and its timeline lists every step by who took it, the refused attempt not among them
		assertThat(browser.body("data-status")).isEqualTo("CLOSED");
		assertThat(browser.one("[data-status-label]").getText()).isEqualTo("已销号");
		assertThat(browser.one("[data-acceptance]").getText()).contains("镇民政办 赵六", "危房已拆除，复查合格", colleague);
		assertThat(browser.attributes("ol.timeline li", "data-event")).containsExactly("OPENED", "ESCALATED", "ASSIGNED",
				"STATUS_CHANGED", "STATUS_CHANGED", "CLOSED");
		assertThat(browser.attributes("ol.timeline li", "data-actor")).containsExactly("admin", "admin", officer, officer,
				officer, colleague);
		assertThat(browser.one("ol.timeline").getText()).contains("待整改 → 整改中", "整改中 → 待验收", "待验收 → 已销号",
				"危房已停用，正在拆除");
		assertThat(browser.all("[data-form]")).as("nothing left to do on a closed entry").isEmpty();
		browser.screenshot("hazard-closed");
		browser.assertNoJsErrors();

		JsonNode stored = admin.get("/api/v1/hazards/" + id).json();
		assertThat(stored.get("status").asString()).isEqualTo("CLOSED");
		assertThat(stored.get("acceptance").get("recordedBy").asString()).isEqualTo(colleague);
	}

	@Test
	void a_change_on_a_stale_version_shows_the_current_state_and_keeps_what_was_typed() {
		long id = inspection("三元镇", TODAY.minusDays(5)).get(0);
		try (Browser other = Browser.open(port)) {
			// given two officers with the same entry open
			browser.signIn(officer, PASSWORD).get("/hazards/" + id);
			other.signIn(colleague, PASSWORD).get("/hazards/" + id);

			// when the first assigns it and the second then submits its own assignment on what it saw
			browser.type("rectificationUnit", "甲单位").type("responsiblePerson", "甲负责人")
				.date("deadline", TODAY.plusDays(10).toString()).press("保存整改责任");
			other.type("rectificationUnit", "乙单位").type("responsiblePerson", "乙负责人")
				.date("deadline", TODAY.plusDays(20).toString()).press("保存整改责任");

			// then the second sees 已被他人修改 with the entry as the first left it, and its own values kept
			assertThat(other.page()).isEqualTo("hazard");
			assertThat(other.one("[data-conflict]").getText()).contains("已被他人修改");
			assertThat(other.one("[data-rectification]").getText()).contains("甲单位", "甲负责人")
				.doesNotContain("乙单位");
			assertThat(other.control("rectificationUnit").getAttribute("value")).isEqualTo("乙单位");
			assertThat(other.control("responsiblePerson").getAttribute("value")).isEqualTo("乙负责人");
			assertThat(other.attributes("ol.timeline li", "data-event")).containsExactly("OPENED", "ESCALATED", "ASSIGNED");
			other.assertNoJsErrors();

			// and nothing of the first officer's change was lost
			JsonNode stored = admin.get("/api/v1/hazards/" + id).json();
			assertThat(stored.get("rectificationUnit").asString()).isEqualTo("甲单位");
			assertThat(stored.get("version").asInt()).isEqualTo(1);
			assertThat(LedgerContract.events(stored)).containsExactly("OPENED", "ESCALATED", "ASSIGNED");

			// and having seen it, the second may submit again, on the version it now has
			other.press("保存整改责任");
			assertThat(other.all("[data-conflict]")).isEmpty();
			assertThat(other.one("[data-rectification]").getText()).contains("乙单位");
			assertThat(admin.get("/api/v1/hazards/" + id).json().get("version").asInt()).isEqualTo(2);
		}
		browser.assertNoJsErrors();
	}

	@Test
	void a_township_inspector_sees_nothing_of_another_township_and_no_action() {
		// given an entry in 三元镇 and one in 孙岗乡
		String ownFacility = LedgerRequests.newFacilityId();
		String otherFacility = LedgerRequests.newFacilityId();
		long own = inspection(ownFacility, "三元镇", TODAY.minusDays(3)).get(0);
		long elsewhere = inspection(otherFacility, "孙岗乡", TODAY.minusDays(3)).get(0);
		String inspector = TestUsers.create(admin, "INSPECTOR", "三元镇");
		browser.signIn(inspector, PASSWORD);

		// when the 三元镇 inspector looks for each in the ledger, even asking for 孙岗乡
		browser.get("/hazards?facilityId=" + ownFacility);
		List<String> ownListed = browser.attributes("tr[data-hazard-id]", "data-hazard-id");
		browser.get("/hazards?facilityId=" + otherFacility);
		List<String> otherListed = browser.attributes("tr[data-hazard-id]", "data-hazard-id");
		browser.get("/hazards?township=" + Api.encode("孙岗乡"));
		List<String> asked = browser.attributes("tr[data-hazard-id]", "data-hazard-id");

		// then only 三元镇's entries are there, and 孙岗乡's entry is not found at its address
		assertThat(ownListed).contains(String.valueOf(own));
		assertThat(otherListed).isEmpty();
		assertThat(asked).doesNotContain(String.valueOf(elsewhere));
		assertThat(browser.all("select[name=township]")).as("no township choice for a township role").isEmpty();
		browser.get("/hazards/" + elsewhere);
		assertThat(browser.page()).isEqualTo("error-404");
		browser.assertNoJsErrors();

		// and their own entry is shown without any form to change it
		browser.get("/hazards/" + own);
		assertThat(browser.page()).isEqualTo("hazard");
		assertThat(browser.all("form[data-form]")).isEmpty();
		assertThat(browser.all("[data-next-step]")).isEmpty();
		browser.assertNoJsErrors();
	}

	@Test
	void a_bad_value_is_shown_in_chinese_beside_its_field_and_nothing_is_written() {
		long id = inspection("三元镇", TODAY.minusDays(10)).get(0);
		browser.signIn(officer, PASSWORD).get("/hazards/" + id);

		// when the responsible person is left blank
		browser.type("rectificationUnit", "三元镇测试养老院").date("deadline", TODAY.plusDays(5).toString()).press("保存整改责任");

		// then the message is beside it, and what was typed is kept
		assertThat(browser.errorBeside("assignment.responsiblePerson")).isEqualTo("必填字段缺失");
		assertThat(browser.errorBeside("assignment.rectificationUnit")).isNull();
		assertThat(browser.all("[data-error-summary] a")).hasSize(1);
		assertThat(browser.all("[data-error-summary] a").get(0).getText())
			.as("the summary names the field in Chinese, not by its key assignment.responsiblePerson")
			.isEqualTo("整改责任人：必填字段缺失");
		assertThat(browser.control("rectificationUnit").getAttribute("value")).isEqualTo("三元镇测试养老院");

		// and when the deadline comes before the day the hazard was found
		browser.type("responsiblePerson", "王院长").date("deadline", TODAY.minusDays(11).toString()).press("保存整改责任");

		// then that is named beside the deadline
		assertThat(browser.errorBeside("assignment.deadline")).contains("整改期限不得早于发现日期 " + TODAY.minusDays(10));
		assertThat(browser.errorBeside("assignment.responsiblePerson")).isNull();
		browser.assertNoJsErrors();
		JsonNode stored = admin.get("/api/v1/hazards/" + id).json();
		assertThat(stored.get("version").asInt()).isZero();
		assertThat(stored.get("rectificationUnit").isNull()).isTrue();
	}

	@Test
	void a_refused_acceptance_needs_its_reason_and_an_entry_may_be_escalated() {
		// given an entry waiting for acceptance
		long id = inspection("三元镇", TODAY.minusDays(15)).get(0);
		JsonNode h = LedgerContract.ok(admin.put("/api/v1/hazards/" + id + "/assignment",
				LedgerRequests.assignment(0, TODAY.plusDays(15).toString())));
		h = LedgerContract.ok(admin.post("/api/v1/hazards/" + id + "/transitions",
				LedgerRequests.move(h.get("version").asInt(), "RECTIFYING", "")));
		LedgerContract.ok(admin.post("/api/v1/hazards/" + id + "/transitions",
				LedgerRequests.move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "")));
		browser.signIn(officer, PASSWORD).get("/hazards/" + id);

		// when the officer refuses the acceptance without a reason, then with one
		browser.press("验收不通过");
		assertThat(browser.errorBeside("refuse.note")).isEqualTo("验收不通过须写明原因");
		assertThat(browser.body("data-status")).isEqualTo("PENDING_ACCEPTANCE");
		browser.assertNoJsErrors();
		browser.type("note", "危房未拆除完毕").press("验收不通过");

		// then the entry is back in rectification, the refusal counted with its reason
		assertThat(browser.body("data-status")).isEqualTo("RECTIFYING");
		assertThat(admin.get("/api/v1/hazards/" + id).json().get("refusals").asInt()).isEqualTo(1);
		assertThat(browser.attributes("ol.timeline li", "data-event")).endsWith("ACCEPTANCE_REFUSED");
		assertThat(browser.one("ol.timeline li:last-child").getText()).contains("待验收 → 整改中", "危房未拆除完毕", officer);

		// and when it is escalated with its reason, it says so
		browser.click(browser.one("[data-form-box=escalation] summary"));
		browser.type("reason", "需区政府协调拆除资金").press("提级治理");
		assertThat(browser.all(".badges .escalated")).hasSize(1);
		assertThat(browser.one("[data-rectification]").getText()).contains("是：需区政府协调拆除资金");
		assertThat(browser.attributes("ol.timeline li", "data-event")).endsWith("ESCALATED");
		browser.assertNoJsErrors();
	}

	@Test
	void the_ledger_lists_overdue_entries_first_and_exports_what_it_shows() throws Exception {
		// given an entry past its deadline among open ones
		String facility = LedgerRequests.newFacilityId();
		List<Long> ids = inspection(facility, "三元镇", TODAY.minusDays(40));
		long late = ids.get(1);
		Reply assigned = admin.put("/api/v1/hazards/" + late + "/assignment",
				LedgerRequests.assignment(0, TODAY.minusDays(10).toString()));
		assertThat(assigned.status()).isEqualTo(200);

		// when an officer opens the ledger
		browser.signIn(officer, PASSWORD);
		List<String> overdue = browser.attributes("tr[data-hazard-id]", "data-overdue");

		// then every overdue entry comes before every other
		assertThat(overdue).contains("true");
		int firstOnTime = overdue.indexOf("false") < 0 ? overdue.size() : overdue.indexOf("false");
		assertThat(overdue.subList(firstOnTime, overdue.size())).doesNotContain("true");

		// and the facility's own entries show the late one first, marked
		browser.type("facilityId", facility).press("筛选");
		assertThat(browser.attributes("tr[data-hazard-id]", "data-hazard-id")).containsExactly(String.valueOf(late),
				String.valueOf(ids.get(0)));
		assertThat(browser.attributes("tr[data-hazard-id]", "class")).containsExactly("overdue", "");
		browser.screenshots("hazards");

		// and when narrowed to overdue ones, the list and its export hold just that one
		browser.select("overdue", "true").press("筛选");
		assertThat(browser.attributes("tr[data-hazard-id]", "data-hazard-id")).containsExactly(String.valueOf(late));
		assertThat(browser.control("overdue").getAttribute("value")).as("the filter sticks").isEqualTo("true");
		assertThat(browser.control("facilityId").getAttribute("value")).isEqualTo(facility);
		HttpResponse<byte[]> csv = download(browser.one("[data-export=csv]").getAttribute("href"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("台账编号", facility).hasLineCount(2);
		HttpResponse<byte[]> xlsx = download(browser.one("[data-export=xlsx]").getAttribute("href"));
		assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		browser.assertNoJsErrors();
	}

	/** A file the page links to, fetched with the browser's session. */
	private HttpResponse<byte[]> download(String href) throws Exception {
		String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + cookie).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private List<Long> inspection(String township, LocalDate date) {
		return inspection(LedgerRequests.newFacilityId(), township, date);
	}

	/** An inspection recorded through the API; the ids of the two entries it opened. */
	private List<Long> inspection(String facility, String township, LocalDate date) {
		Reply recorded = admin.post("/api/v1/inspections",
				LedgerRequests.inspectionWithTwoMajorFindings(facility, township, date.toString()));
		assertThat(recorded.status()).isEqualTo(201);
		return recorded.json().get("hazards").findValues("hazardId").stream().map(JsonNode::asLong).toList();
	}


}

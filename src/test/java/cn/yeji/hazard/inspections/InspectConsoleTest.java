package cn.yeji.hazard.inspections;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;

/** The inspector's job in a real browser: sign in, fill the on-site form, judge, record. */
@ConsoleTest
class InspectConsoleTest {

	@LocalServerPort
	int port;

	Browser browser;

	String inspector;

	@BeforeEach
	void inspector(Api admin, Browser browser) {
		this.browser = browser;
		inspector = TestUsers.create(admin, "INSPECTOR", "三元镇");
	}

	@Test
	void an_issued_password_must_be_changed_before_anything_else() {
		// given a user whose password an administrator issued
		String user = "new-" + UUID.randomUUID().toString().substring(0, 8);
		new Api(port).post("/api/v1/users", """
				{"username": "%s", "password": "issued-password-1", "role": "INSPECTOR", "township": "三元镇"}""".formatted(user));

		// when they sign in and try to go elsewhere
		browser.signIn(user, "issued-password-1");
		String first = browser.page();
		browser.get("/hazards");

		// then only the password change is open to them
		assertThat(first).isEqualTo("password");
		assertThat(browser.page()).isEqualTo("password");
		assertThat(browser.all("[data-password-issued]")).hasSize(1);
		browser.screenshot("password-change");

		// and once changed, they land on their home page and sign in with the new password only
		browser.type("currentPassword", "issued-password-1").type("newPassword", "my-own-password-1")
			.type("confirmPassword", "my-own-password-1").press("修改密码");
		assertThat(browser.page()).as("%s %s", browser.path(), browser.driver().getPageSource()).isEqualTo("inspect");
		browser.press("退出");
		browser.signIn(user, "issued-password-1");
		assertThat(browser.page()).isEqualTo("login");
		browser.signIn(user, "my-own-password-1");
		assertThat(browser.page()).as(browser.path()).isEqualTo("inspect");
		browser.assertNoJsErrors();
	}

	@Test
	void a_typed_inspection_is_judged_with_its_missing_facts_first_and_then_recorded_with_its_hazards() {
		browser.signIn(inspector, PASSWORD);
		assertThat(browser.page()).isEqualTo("inspect");
		String facility = "YJ-" + UUID.randomUUID().toString().substring(0, 6);

		// given a facility with one grade-D building, a fire door count past the line, and nothing else checked
		browser.type("facility.id", facility).type("facility.name", "三元镇测试养老院").select("facility.township", "三元镇")
			.type("facility.residentCount", "40").type("facility.dependentResidentCount", "12")
			.select("inspection.channel", "SUPERVISORY_INSPECTION")
			.type("buildings[0].id", "B1").type("buildings[0].name", "1号楼").select("buildings[0].dangerousBuildingGrade", "D")
			.choose("buildings[0].housingAuthorityMajorRisk", "false")
			.check("observation", "EXITS_INSUFFICIENT")
			.check("observation", "EVACUATION_ROUTE_BLOCKED").select("variant.EVACUATION_ROUTE_BLOCKED", "OCCUPIED_OR_BLOCKED")
			.choose("management.duty24h", "true")
			.check("observation", "FIRE_DOORS_DAMAGED").type("total.FIRE_DOORS_DAMAGED", "4").type("damaged.FIRE_DOORS_DAMAGED", "3");
		assertThat(browser.control("ratio.FIRE_DOORS_DAMAGED").getAttribute("value")).as("computed from the counts").isEqualTo("0.75");
		browser.size(Browser.PHONE).screenshot("inspect-phone");
		browser.size(Browser.DESKTOP);

		// when it is judged
		browser.press("判定");

		// then the verdict is major, its findings are named, and what was not checked comes first as 补查清单
		assertThat(browser.page()).isEqualTo("verdict");
		assertThat(browser.body("data-verdict")).isEqualTo("MAJOR_HAZARD");
		assertThat(browser.body("data-complete")).isEqualTo("false");
		assertThat(browser.attributes("[data-rule-id]", "data-rule-id"))
			.contains("MCA2023-4.1", "GB35181-7.3.3", "GB35181-7.2.2", "YJ-2.3")
			.doesNotContain("MCA2023-5.2", "YJ-2.9");
		assertThat(browser.attributes("[data-indeterminate]", "data-indeterminate")).contains("MCA2023-4.4", "YJ-2.10")
			.as("24 小时值班 was checked").doesNotContain("YJ-2.9");
		assertThat(browser.one("[data-missing-list]").getLocation().getY())
			.isLessThan(browser.one("[data-rule-id]").getLocation().getY());
		browser.size(Browser.PHONE).screenshot("verdict-phone");
		browser.size(Browser.DESKTOP);
		browser.assertNoJsErrors();

		// and when it is recorded from the verdict page, the button pressed twice over a bad connection
		browser.script("""
				const form = document.querySelector('button[data-record]').form;
				const data = new FormData(form);
				data.append('action', 'record');
				return fetch(form.getAttribute('action'), {method: 'POST', body: new URLSearchParams(data), redirect: 'manual'}).then(r => r.type);""");
		browser.press("判定并记入台账");

		// then the recorded verdict links the entries it opened
		assertThat(browser.page()).isEqualTo("verdict");
		assertThat(browser.body("data-recorded")).isEqualTo("true");
		assertThat(browser.all("[data-hazard-link]")).extracting(org.openqa.selenium.WebElement::getText)
			.as("one entry per MAJOR clause").hasSize(2).anySatisfy(t -> assertThat(t).contains("MCA2023-4.1"))
			.anySatisfy(t -> assertThat(t).contains("YJ-2.3"));
		assertThat(browser.script("return localStorage.getItem('hazard-judge.draft.inspect')")).as("draft cleared").isNull();
		assertThat(new Api(port).get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong())
			.as("sent twice, recorded once").isEqualTo(1);
		browser.assertNoJsErrors();
	}

	@Test
	void a_bad_value_is_shown_in_chinese_beside_its_control_and_nothing_is_recorded() {
		browser.signIn(inspector, PASSWORD);

		browser.type("facility.id", "a b").type("facility.name", "测试院").type("facility.residentCount", "5")
			.type("facility.dependentResidentCount", "9").select("inspection.channel", "SELF_CHECK").press("判定并记入台账");

		assertThat(browser.page()).isEqualTo("inspect");
		assertThat(browser.errorBeside("facility.id")).contains("只能包含字母");
		assertThat(browser.errorBeside("facility.dependentResidentCount")).isNotBlank();
		assertThat(browser.all("[data-error-summary] a")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.control("facility.name").getAttribute("value")).as("what was typed is kept").isEqualTo("测试院");
		browser.assertNoJsErrors();
	}

	/** The inspector's phone on a poor connection: the form stays light (a budget in bytes, not a timing). */
	@Test
	void the_inspection_form_weighs_less_than_its_budget() {
		browser.signIn(inspector, PASSWORD);
		browser.get("/inspect");

		Browser.Weight weight = browser.weight();

		System.out.println("inspect page: " + weight);
		assertThat(weight.bytes()).as("HTML, CSS, script and icon of /inspect").isLessThan(40_000);
		assertThat(weight.resources()).isLessThanOrEqualTo(4);
	}

	@Test
	void a_draft_survives_closing_the_page() {
		browser.signIn(inspector, PASSWORD);
		browser.type("facility.name", "草稿养老院").press("添加一栋建筑").type("buildings[1].id", "B2");

		browser.get("/inspect");

		assertThat(browser.control("facility.name").getAttribute("value")).isEqualTo("草稿养老院");
		assertThat(browser.control("buildings[1].id").getAttribute("value")).isEqualTo("B2");
		assertThat(browser.one("#draft-notice").isDisplayed()).isTrue();
	}

}

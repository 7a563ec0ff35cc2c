package cn.yeji.hazard.registry;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;

/** The registry in the console: a township officer registers and keeps an institution's record. */
@ConsoleTest
class RegistryConsoleTest {

	@LocalServerPort
	int port;

	Browser browser;

	String officer;

	String id;

	@BeforeEach
	void setUp(Api admin, Browser browser) {
		this.browser = browser;
		String tag = UUID.randomUUID().toString().substring(0, 6);
		officer = "rtown-" + tag;
		id = "RC-" + tag;
		admin.createUser(officer, PASSWORD, "TOWNSHIP_OFFICER", "姚李镇");
		browser.signIn(officer, PASSWORD);
	}

	@Test
	void an_institution_registered_and_changed_in_the_console_keeps_its_history() {
		browser.get("/facilities");
		browser.click(browser.one("details summary"));
		browser.type("id", id).type("name", "姚李镇中心敬老院").type("bedCount", "50").press("登记");

		assertThat(browser.page()).isEqualTo("facility");
		assertThat(browser.body("data-facility-id")).isEqualTo(id);

		browser.get("/facilities/" + id + "/edit");
		browser.type("bedCount", "70").type("buildings[0].id", "B1").select("buildings[0].appraisalGrade", "C").press("保存档案");

		assertThat(browser.page()).isEqualTo("facility");
		assertThat(browser.one("ol.timeline").getText()).contains("bedCount").contains("50 → 70").contains(officer);
		browser.screenshot("facility");
		browser.assertNoJsErrors();
	}

	@Test
	void a_bad_value_is_shown_beside_its_field_and_another_township_is_refused() {
		browser.get("/facilities");
		browser.click(browser.one("details summary"));
		browser.type("id", "bad id").type("name", "某院").type("bedCount", "-3").press("登记");

		assertThat(browser.page()).isEqualTo("facilities");
		assertThat(browser.errorBeside("id")).isNotBlank();
		assertThat(browser.errorBeside("bedCount")).contains("不得小于 0");

		// the form stays open with what was typed, beside its problems
		browser.type("id", id + "-x").type("name", "别处的院").type("bedCount", "3").select("township", "三元镇").press("登记");
		assertThat(browser.errorBeside("township")).contains("只能记录本乡镇");
		assertThat(new Api(port).get("/api/v1/facilities/" + id + "-x").status()).isEqualTo(404);
		browser.size(Browser.PHONE).screenshot("facilities-phone");
		browser.size(Browser.DESKTOP);
		browser.assertNoJsErrors();
	}

}

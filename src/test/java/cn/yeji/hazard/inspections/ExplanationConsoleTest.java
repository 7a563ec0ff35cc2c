package cn.yeji.hazard.inspections;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;

/** 逐条判定过程 on the verdict page, in a real browser: every clause once, what decided it, and how it prints. */
@ConsoleTest
class ExplanationConsoleTest {

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
	void a_judged_inspection_shows_every_clause_with_the_facts_that_decided_it_and_prints_without_the_controls() {
		// given a Yeji institution with a grade-D building and little else checked
		browser.signIn(inspector, PASSWORD);
		browser.type("facility.id", "YJ-" + UUID.randomUUID().toString().substring(0, 6)).type("facility.name", "三元镇测试养老院")
			.select("facility.township", "三元镇").select("inspection.channel", "SUPERVISORY_INSPECTION")
			.type("buildings[0].id", "B1").select("buildings[0].dangerousBuildingGrade", "D")
			.choose("buildings[0].housingAuthorityMajorRisk", "false");

		// when it is judged
		browser.press("判定");

		// then 逐条判定过程 lists every rule id of the determination packs once
		assertThat(browser.page()).isEqualTo("verdict");
		assertThat(browser.attributes("[data-explanation-rule]", "data-explanation-rule")).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(determinationRuleIds());
		// the fired clause cites its fact in Chinese, an unchecked one says what was not checked
		assertThat(row("MCA2023-4.1").getAttribute("data-outcome")).isEqualTo("FIRED");
		assertThat(row("MCA2023-4.1").getText()).contains("触发", "危险房屋鉴定等级", "D 级");
		assertThat(row("MCA2023-4.4").getAttribute("data-outcome")).isEqualTo("INDETERMINATE");
		assertThat(row("MCA2023-4.4").getText()).contains("无法判定（事实未查）", "未查");
		assertThat(row("GB35181-6.9").getAttribute("data-outcome")).isEqualTo("INDETERMINATE");
		assertThat(browser.all("[data-explanation-rule][data-outcome=NOT_APPLICABLE]")).isEmpty();
		browser.screenshot("verdict-explanation");

		// and printed, the account stays and the controls go
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(display("[data-explanation]")).isNotEqualTo("none");
		assertThat(display(".actions")).isEqualTo("none");
		assertThat(display(".site-header nav")).isEqualTo("none");
		browser.screenshot("verdict-explanation-print");
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		browser.assertNoJsErrors();
	}

	@Test
	void a_recorded_inspection_shows_its_stored_verdict_without_an_account_it_never_had() {
		browser.signIn(inspector, PASSWORD);
		browser.type("facility.id", "YJ-" + UUID.randomUUID().toString().substring(0, 6)).type("facility.name", "三元镇测试养老院")
			.select("facility.township", "三元镇").select("inspection.channel", "SUPERVISORY_INSPECTION");

		browser.press("判定并记入台账");

		assertThat(browser.page()).isEqualTo("verdict");
		assertThat(browser.body("data-recorded")).isEqualTo("true");
		assertThat(browser.all("[data-explanation]")).isEmpty();
	}

	private org.openqa.selenium.WebElement row(String ruleId) {
		return browser.one("[data-explanation-rule='" + ruleId + "']");
	}

	private String display(String css) {
		return String.valueOf(browser.script("return getComputedStyle(document.querySelector(arguments[0])).display", css));
	}

	private Set<String> determinationRuleIds() {
		Set<String> ids = new LinkedHashSet<>();
		new Api(port).get("/api/v1/rules").json().forEach(r -> {
			if (!r.get("pack").asString().equals("compliance")) {
				ids.add(r.get("ruleId").asString());
			}
		});
		return ids;
	}

}

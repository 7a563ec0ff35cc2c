package cn.yeji.hazard.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.TestUsers;

/**
 * The verdict page says what it judged by: the packs with their standing on the inspection date (判定范围) and the
 * articles no rule checks, so an officer reading a 2026 verdict sees that GB 35181-2017 was only a reference.
 */
@ConsoleTest
class VerdictCoverageConsoleTest {

	private static final String IN_FORCE_CASE = "gb35181-2017/effective-2025-06-30-four-elements-in-force-is-major.json";

	private static final String REFERENCE_CASE = "gb35181-2017/effective-2026-06-30-same-four-elements-reference-only-is-expert-review.json";

	Browser browser;

	Api admin;

	@BeforeEach
	void open(Api admin, Browser browser) {
		this.admin = admin;
		this.browser = browser;
	}

	@Test
	void a_2026_verdict_shows_gb35181_2017_as_reference_only_and_gb35181_2025_as_not_encoded_and_a_2025_one_does_not()
			throws IOException {
		// given the same four counting elements recorded on 2025-06-30 and on 2026-06-30
		String facility = "COV-" + UUID.randomUUID().toString().substring(0, 8);
		long inForce = record(IN_FORCE_CASE, facility);
		long reference = record(REFERENCE_CASE, facility);
		browser.signIn(TestUsers.create(admin, "DISTRICT_OFFICER", null), TestUsers.PASSWORD);

		// when the 2026 verdict is opened
		browser.get("/inspections/" + reference);

		// then the combined finding is for expert review, citing why, and 判定范围 says how each pack stood
		assertThat(browser.page()).isEqualTo("verdict");
		assertThat(browser.body("data-verdict")).isEqualTo("EXPERT_REVIEW");
		assertThat(browser.one("[data-rule-id='GB35181-C4']").getAttribute("data-level")).isEqualTo("REVIEW");
		assertThat(browser.one("[data-rule-id='GB35181-C4']").getText()).contains("需专家论证").contains("仅作参考")
			.contains("GB 35181-2025《重大火灾隐患判定规则》");
		assertThat(statusOf("gb35181-2017")).isEqualTo("REFERENCE");
		assertThat(browser.one("[data-coverage-pack='gb35181-2017']").getText()).contains("已失效").contains("仅作参考")
			.contains("2025-10-31").contains("GB 35181-2025");
		assertThat(statusOf("mca2023")).isEqualTo("IN_FORCE");
		assertThat(browser.one("[data-coverage-pack='mca2023']").getText()).contains("现行有效");
		assertThat(statusOf("yeji-341504")).isEqualTo("DRAFT");
		assertThat(browser.one("[data-coverage-pack='yeji-341504']").getText()).contains("指引未印发");
		assertThat(browser.one("[data-coverage]").getText()).contains("判定范围").contains("未纳入判定的条款");
		assertThat(browser.attributes("[data-not-encoded]", "data-not-encoded"))
			.contains("GB 35181-2025《重大火灾隐患判定规则》 全文", "民政部办公厅《养老机构重大事故隐患判定标准》（2023） 第五条第（四）项");
		browser.screenshot("verdict-coverage-reference");
		browser.assertNoJsErrors();

		// and the 2025 verdict of the same facts is major, with GB 35181-2017 in force and nothing said of the 2025 text
		browser.get("/inspections/" + inForce);
		assertThat(browser.body("data-verdict")).isEqualTo("MAJOR_HAZARD");
		assertThat(browser.one("[data-rule-id='GB35181-C4']").getAttribute("data-level")).isEqualTo("MAJOR");
		assertThat(browser.one("[data-rule-id='GB35181-C4']").getText()).doesNotContain("仅作参考");
		assertThat(statusOf("gb35181-2017")).isEqualTo("IN_FORCE");
		assertThat(browser.attributes("[data-not-encoded]", "data-not-encoded"))
			.noneMatch(n -> n.contains("GB 35181-2025"))
			.anyMatch(n -> n.contains("第六条"));
		browser.assertNoJsErrors();
	}

	private String statusOf(String pack) {
		return browser.all("[data-coverage-pack='" + pack + "']").stream().map(e -> e.getAttribute("data-status"))
			.findFirst().orElse("absent");
	}

	/** A golden case's request recorded through the API for this facility; the inspection's id. */
	private long record(String goldenCase, String facility) throws IOException {
		String json = Files.readString(TestRules.examplesDir().resolve(goldenCase));
		String request = Api.JSON.readTree(json).get("request").toString().replace("YJ-DEMO-001", facility);
		Reply recorded = admin.post("/api/v1/inspections", request);
		assertThat(recorded.status()).as(recorded.json().toString()).isEqualTo(201);
		return recorded.json().get("id").asLong();
	}

}

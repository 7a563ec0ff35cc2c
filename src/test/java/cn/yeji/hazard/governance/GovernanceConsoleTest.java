package cn.yeji.hazard.governance;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import cn.yeji.hazard.TestRules;

/**
 * Revising the rules with four eyes in a real browser: one policy officer submits a revision with its reason,
 * cannot approve it themself, a second officer approves it and it serves; the version record says who, when
 * and why, and a rollback from it serves the old rules again. The rules folder is a copy, and the gate's
 * examples folder is empty, so a revision that changes verdicts may be activated here.
 */
@ConsoleTest
class GovernanceConsoleTest {

	private static final String YEJI_PARAMETERS = "yeji-341504/parameters.yaml";

	@TempDir
	static Path folders;

	@TempDir
	Path tmp;

	@LocalServerPort
	int port;

	String proposer;

	String approver;

	Browser browser;

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) throws IOException {
		TestRules.copiedRulesWithoutExamples(registry, folders);
	}

	@BeforeEach
	void officers(Api admin, Browser browser) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		proposer = "gprop-" + tag;
		approver = "gappr-" + tag;
		assertThat(admin.createUser(proposer, PASSWORD, "RULE_ADMIN", null).status()).isEqualTo(201);
		assertThat(admin.createUser(approver, PASSWORD, "RULE_ADMIN", null).status()).isEqualTo(201);
		this.browser = browser.signIn(proposer, PASSWORD);
	}

	@Test
	void a_revision_submitted_in_the_console_serves_only_after_another_officer_approves_it_and_can_be_rolled_back()
			throws IOException {
		String before = servingVersion();

		// given the proposer submits training every 12 months instead of 6, with a reason
		browser.get("/rules/revisions");
		assertThat(browser.page()).isEqualTo("rules-revisions");
		browser.control("files").sendKeys(revised("trainingIntervalMonths:\n  value: 6", "trainingIntervalMonths:\n  value: 12").toString());
		browser.select("pack", "yeji-341504");
		browser.type("reason", "依据区民政局 2027 年 1 号文，培训周期调整为 12 个月");
		browser.press("提交审批");

		// then the revision waits, showing the parameter old → new, and nothing serves yet
		assertThat(browser.page()).isEqualTo("rules-revision");
		assertThat(browser.body("data-status")).isEqualTo("PENDING");
		assertThat(browser.all("[data-rule-change]")).singleElement().satisfies(row -> {
			assertThat(row.getAttribute("data-rule-change")).isEqualTo("trainingIntervalMonths");
			assertThat(row.getText()).contains("6").contains("12");
		});
		assertThat(servingVersion()).isEqualTo(before);
		String revision = browser.path();

		// when the proposer tries to approve their own revision
		browser.press("批准并启用");

		// then it is refused on the page, in Chinese, and stays pending
		assertThat(browser.page()).isEqualTo("rules-revision");
		assertThat(browser.errorBeside("decision")).contains("另一名政策法规人员审批");
		assertThat(browser.body("data-status")).isEqualTo("PENDING");
		assertThat(servingVersion()).isEqualTo(before);
		browser.screenshot("revision-pending");

		// when the second officer approves it
		try (Browser second = Browser.open(port).signIn(approver, PASSWORD)) {
			second.get(revision);
			second.type("reason", "经局务会研究同意");
			second.press("批准并启用");

			// then it serves, and the record names both officers
			assertThat(second.body("data-status")).isEqualTo("APPROVED");
			assertThat(second.one("[data-uploaded-by]").getText()).isEqualTo(proposer);
			assertThat(second.one("[data-decided-by]").getText()).isEqualTo(approver);
			assertThat(second.all("#decision")).as("decided is decided: no more approve or reject").isEmpty();
			second.assertNoJsErrors();
		}
		String after = servingVersion();
		assertThat(after).isNotEqualTo(before);

		// and the version record shows the approval with who and why; a rollback needs a reason and serves the old rules
		browser.get("/rules/history");
		assertThat(browser.page()).isEqualTo("rules-history");
		assertThat(browser.one("tbody tr").getAttribute("data-source")).isEqualTo("APPROVAL");
		assertThat(browser.one("tbody tr").getText()).contains(approver).contains("经局务会研究同意").contains("现行");
		browser.select("version", before);
		browser.press("回退并启用");
		assertThat(browser.errorBeside("reason")).contains("回退须写明理由");
		assertThat(servingVersion()).isEqualTo(after);
		browser.select("version", before);
		browser.type("reason", "恢复原培训周期");
		browser.press("回退并启用");
		assertThat(browser.page()).isEqualTo("rules-history");
		assertThat(browser.one("[role=status]").getText()).contains("已启用新规则");
		assertThat(browser.one("tbody tr").getAttribute("data-source")).isEqualTo("ROLLBACK");
		assertThat(servingVersion()).isEqualTo(before);
		browser.screenshot("rules-history");
		assertThat(browser.jsErrors()).as("only the refusals this test asked for (403, then 400)")
			.allMatch(e -> e.matches(".*/rules/(revisions/\\d+/approve|rollback) - Failed to load resource: .* status of 40[03] .*"));
	}

	@Test
	void a_rejection_needs_a_reason_and_the_revision_never_serves() throws IOException {
		String before = servingVersion();
		browser.get("/rules/revisions");
		browser.control("files").sendKeys(revised("trainingIntervalMonths:\n  value: 6", "trainingIntervalMonths:\n  value: 9").toString());
		browser.select("pack", "yeji-341504");
		browser.type("reason", "试行 9 个月");
		browser.press("提交审批");
		String revision = browser.path();

		try (Browser second = Browser.open(port).signIn(approver, PASSWORD)) {
			second.get(revision);
			second.press("驳回");
			assertThat(second.errorBeside("reason")).contains("驳回须写明理由");
			assertThat(second.body("data-status")).isEqualTo("PENDING");

			second.one("#reject-reason").sendKeys("依据不足");
			second.press("驳回");
			assertThat(second.body("data-status")).isEqualTo("REJECTED");
			assertThat(second.one("main").getText()).contains("依据不足");
		}
		assertThat(servingVersion()).isEqualTo(before);
		browser.get("/rules/revisions");
		assertThat(browser.one("[data-revision='" + revision.substring(revision.lastIndexOf('/') + 1) + "']")
			.getAttribute("data-status")).isEqualTo("REJECTED");
	}

	@Test
	void a_submission_without_a_reason_is_refused_beside_the_reason() throws IOException {
		browser.get("/rules/revisions");
		browser.control("files").sendKeys(revised("trainingIntervalMonths:\n  value: 6", "trainingIntervalMonths:\n  value: 7").toString());
		browser.select("pack", "yeji-341504");
		browser.press("提交审批");

		assertThat(browser.page()).isEqualTo("rules-revisions");
		assertThat(browser.errorBeside("reason")).contains("请写明修订理由");
	}

	private String servingVersion() {
		return new Api(port).get("/api/v1/ruleset").json().get("version").asString();
	}

	/** A parameters.yaml as the officer saved it on their own machine, named as the browser sends it. */
	private Path revised(String from, String to) throws IOException {
		String text = Files.readString(TestRules.rulesDir().resolve(YEJI_PARAMETERS));
		assertThat(text).as("fixture").contains(from);
		Path file = Files.createDirectories(tmp.resolve(UUID.randomUUID().toString())).resolve("parameters.yaml");
		Files.writeString(file, text.replace(from, to));
		return file;
	}

}

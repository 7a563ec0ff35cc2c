package cn.yeji.hazard.governance;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.cases.ExampleCases;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.commandline.RulesCliTest;

/**
 * The policy officer's rules page in a real browser: the rule set serving with its rules and cases, a
 * revision uploaded and reviewed (problems at file and line, the golden cases, the verdict diff) without
 * anything being activated, and a reload.
 */
@ConsoleTest
class RulesConsoleTest {

	private static final String BUILDINGS = "yeji-341504/3.1-buildings.drl";

	@LocalServerPort
	int port;

	@TempDir
	Path tmp;

	Browser browser;

	@BeforeEach
	void ruleAdmin(Api admin, Browser browser) {
		this.browser = browser;
		String ruleAdmin = TestUsers.create(admin, "RULE_ADMIN", null);
		browser.signIn(ruleAdmin, PASSWORD);
	}

	@Test
	void the_rules_page_shows_the_rule_set_serving_with_every_rule_and_the_cases_that_name_it() {
		// the rule admin lands on the rules page
		assertThat(browser.page()).isEqualTo("rules");

		assertThat(servingVersion()).isEqualTo(TestRules.shipped().version());
		assertThat(browser.attributes("[data-pack]", "data-pack"))
			.containsExactlyElementsOf(TestRules.shipped().packs().stream().map(p -> p.id()).toList());
		List<String> ruleIds = Stream.concat(TestRules.shipped().rules().stream(), TestRules.shipped().complianceRules().stream())
			.map(RuleInfo::ruleId)
			.toList();
		assertThat(browser.attributes("[data-rule]", "data-rule")).containsExactlyInAnyOrderElementsOf(ruleIds);
		assertThat(casesShownFor("YJ-3.1")).isNotEmpty().isEqualTo(casesNaming("YJ-3.1"));
		assertThat(browser.one("[data-rule='YJ-3.1']").getText()).contains("YJ-3.1", "重大隐患", "直接判定", BUILDINGS, "区级条款");
		browser.screenshot("rules");
		browser.size(Browser.PHONE).screenshot("rules-phone");
		browser.assertNoJsErrors();

		// a rule's own page, for reading on a phone
		browser.navigating(() -> browser.click(browser.one("[data-rule='YJ-3.1'] a")));
		assertThat(browser.page()).isEqualTo("rule");
		assertThat(browser.body("data-rule")).isEqualTo("YJ-3.1");
		assertThat(new TreeSet<>(browser.attributes("[data-case]", "data-case"))).isEqualTo(casesNaming("YJ-3.1"));
		browser.screenshot("rule-phone");
		browser.size(Browser.DESKTOP).screenshot("rule");
		browser.get("/rules/NO-SUCH-1");
		assertThat(browser.page()).isEqualTo("error-404");
		browser.assertNoJsErrors();
	}

	@Test
	void a_syntax_error_is_shown_at_its_file_and_line_and_nothing_is_activated() throws IOException {
		String broken = shipped(BUILDINGS).replaceFirst("\nwhen\n", "\nwhenn\n");
		int line = RulesetApiTest.lineOf(broken, "whenn");

		upload(file("3.1-buildings.drl", broken), null);

		assertThat(browser.page()).isEqualTo("revision");
		assertThat(browser.body("data-loads")).isEqualTo("false");
		assertThat(texts("[data-problem]")).anyMatch(p -> p.startsWith(BUILDINGS + ":" + line + ":"));
		assertThat(browser.all("[data-cases], [data-diff]")).as("no cases run on rules that do not load").isEmpty();
		browser.screenshot("revision-problems");
		assertServingUnchanged();
		browser.assertNoJsErrors();
	}

	@Test
	void a_harmless_revision_passes_every_case_and_changes_no_verdict() throws IOException {
		String commented = shipped(BUILDINGS).replaceFirst("\npackage ", "\n// 修订说明：仅补充注释。\npackage ");

		upload(file("3.1-buildings.drl", commented), null);

		assertThat(browser.page()).isEqualTo("revision");
		assertThat(browser.body("data-loads")).isEqualTo("true");
		assertThat(browser.one("[data-candidate-version]").getText()).startsWith("sha256:").isNotEqualTo(TestRules.shipped().version());
		assertThat(browser.one("[data-cases]").getAttribute("data-failed")).isEqualTo("0");
		assertThat(Integer.parseInt(browser.one("[data-cases]").getAttribute("data-passed"))).isEqualTo(exampleCount());
		assertThat(browser.all("[data-no-changes]")).singleElement().satisfies(e -> assertThat(e.getText()).contains("没有用例的判定结果发生变化"));
		assertThat(browser.all("[data-changed-case]")).isEmpty();
		assertThat(browser.all("[data-no-rule-changes]")).as("a comment changes no parameter or rule text").hasSize(1);
		assertThat(browser.one("[data-ledger-replay]").getAttribute("data-changed")).as("the ledger's inspections, replayed")
			.isEqualTo("0");
		assertServingUnchanged();
		browser.assertNoJsErrors();
	}

	@Test
	void raising_a_threshold_shows_exactly_the_cases_it_changes_and_the_cases_that_now_fail() throws IOException {
		String raised = shipped("gb35181-2017/parameters.yaml").replaceFirst("fireDoorsDamagedShare:\n  value: 0.50",
				"fireDoorsDamagedShare:\n  value: 0.60");
		assertThat(raised).as("fixture").contains("value: 0.60");

		// parameters.yaml is in several packs: the officer says which one
		upload(file("parameters.yaml", raised), "gb35181-2017");

		assertThat(browser.page()).isEqualTo("revision");
		Set<String> expected = RulesCliTest.casesWithFireDoorRatioIn(0.50, 0.60);
		assertThat(new TreeSet<>(browser.attributes("[data-changed-case]", "data-changed-case"))).isNotEmpty().isEqualTo(expected);
		assertThat(browser.all("[data-no-changes]")).isEmpty();
		// the approver reads the threshold itself, old → new, before the cases it moves
		assertThat(browser.all("[data-rule-change]")).singleElement().satisfies(row -> {
			assertThat(row.getAttribute("data-rule-change")).isEqualTo("fireDoorsDamagedShare");
			assertThat(row.getAttribute("data-kind")).isEqualTo("PARAMETER");
			assertThat(row.findElement(org.openqa.selenium.By.cssSelector("[data-before]")).getText()).isEqualTo("0.5");
			assertThat(row.findElement(org.openqa.selenium.By.cssSelector("[data-after]")).getText()).isEqualTo("0.6");
		});
		WebElement counted = browser.one("[data-changed-case='gb35181-2017/7.2.2-fire-doors-0.51-counts.json']");
		assertThat(counted.findElement(org.openqa.selenium.By.cssSelector("[data-findings-removed]")).getText()).contains("GB35181-7.2.2");
		// the cases that expected the old threshold now fail, each saying what was expected and what came
		assertThat(browser.attributes("[data-case-failure]", "data-case-failure")).contains("gb35181-2017/7.2.2-fire-doors-0.51-counts.json");
		assertThat(browser.one("[data-case-failure='gb35181-2017/7.2.2-fire-doors-0.51-counts.json']").getText())
			.contains("expected", "but");
		assertThat(browser.one("[data-cases]").getAttribute("data-failed")).isNotEqualTo("0");
		browser.screenshot("revision");
		browser.size(Browser.PHONE).screenshot("revision-phone");
		browser.size(Browser.DESKTOP);
		assertServingUnchanged();
		browser.assertNoJsErrors();
	}

	@Test
	void an_upload_the_api_would_refuse_shows_the_apis_message_beside_its_control() throws IOException {
		// a "zip" that is not one
		browser.get("/rules");
		browser.control("zip").sendKeys(file("rules.zip", "not a zip at all").toString());
		browser.press("校验并评估影响");

		assertThat(browser.page()).isEqualTo("rules");
		assertThat(browser.errorBeside("zip")).isEqualTo("上传的文件不是 zip 包，或包内没有任何文件");
		assertThat(browser.all("[data-error-summary] a")).hasSize(1);

		// a zip whose entry would leave the rules folder
		browser.control("zip").sendKeys(zip("escape.zip", "../evil.drl", "package x;").toString());
		browser.press("校验并评估影响");

		assertThat(browser.errorBeside("zip")).isEqualTo("文件名须是规则目录内的相对路径，如 yeji-341504/3.1-buildings.drl");

		// a file in several packs, with no pack chosen
		upload(file("parameters.yaml", shipped("gb35181-2017/parameters.yaml")), null);

		assertThat(browser.page()).isEqualTo("rules");
		assertThat(browser.errorBeside("pack")).contains("parameters.yaml", "请选择");
		browser.assertNoJsErrors();
		assertServingUnchanged();
	}

	@Test
	void a_file_over_the_upload_limit_is_refused_naming_the_limit() throws IOException {
		// the API's bound: 5 MB a file (spring.servlet.multipart.max-file-size)
		upload(file("3.1-buildings.drl", "//" + "x".repeat(5 * 1024 * 1024)), null);

		assertThat(browser.page()).isEqualTo("error-413");
		assertThat(browser.one("main").getText()).contains("上传的文件过大", "5MB", "没有评估任何文件");
		browser.assertNoJsErrors();
		assertServingUnchanged();
	}

	@Test
	void reloading_an_unchanged_folder_shows_unchanged() {
		browser.press("重新加载规则目录");

		assertThat(browser.page()).isEqualTo("rules");
		assertThat(browser.one("[data-reload]").getAttribute("data-reload-outcome")).isEqualTo("UNCHANGED");
		assertThat(browser.one("[data-reload-result]").getText()).contains("未变化");
		assertThat(browser.one(".notice").getText()).contains("未变化");
		assertThat(browser.all("[data-reload] [data-problem]")).isEmpty();
		assertServingUnchanged();
		browser.assertNoJsErrors();
	}

	@Test
	void an_inspector_gets_the_403_page_for_the_rules() {
		String inspector = TestUsers.create(new Api(port), "INSPECTOR", "三元镇");
		try (Browser other = Browser.open(port)) {
			other.signIn(inspector, PASSWORD);

			other.get("/rules");
			assertThat(other.page()).isEqualTo("error-403");
			other.get("/rules/YJ-3.1");
			assertThat(other.page()).isEqualTo("error-403");
			assertThat(other.all("nav a[href='/rules']")).as("not offered in the navigation").isEmpty();
		}
	}

	private void upload(Path file, String pack) {
		browser.get("/rules");
		browser.control("files").sendKeys(file.toString());
		if (pack != null) {
			browser.select("pack", pack);
		}
		browser.press("校验并评估影响");
	}

	private void assertServingUnchanged() {
		browser.get("/rules");
		assertThat(servingVersion()).isEqualTo(TestRules.shipped().version());
		assertThat(new Api(port).get("/api/v1/ruleset").json().get("version").asString()).isEqualTo(TestRules.shipped().version());
	}

	private String servingVersion() {
		return browser.one("[data-serving-version]").getText();
	}

	private Set<String> casesShownFor(String ruleId) {
		return new TreeSet<>(browser.all("[data-rule='" + ruleId + "'] [data-case]").stream()
			.map(e -> e.getAttribute("data-case"))
			.toList());
	}

	/** The example cases whose expectation names the rule, read independently of the page. */
	private static Set<String> casesNaming(String ruleId) {
		Path dir = TestRules.examplesDir();
		Set<String> names = new TreeSet<>();
		for (Path f : ExampleCases.list(dir)) {
			if (ExampleCases.ruleIdsNamed(ExampleCases.read(dir, f).expect()).contains(ruleId)) {
				names.add(dir.relativize(f).toString().replace('\\', '/'));
			}
		}
		return names;
	}

	private static int exampleCount() {
		return ExampleCases.list(TestRules.examplesDir()).size();
	}

	private List<String> texts(String css) {
		return browser.all(css).stream().map(WebElement::getText).toList();
	}

	private Path file(String name, String content) throws IOException {
		Path dir = Files.createDirectories(tmp.resolve(UUID.randomUUID().toString()));
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private Path zip(String name, String entry, String content) throws IOException {
		Path target = Files.createDirectories(tmp.resolve(UUID.randomUUID().toString())).resolve(name);
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return target;
	}

	private static String shipped(String file) throws IOException {
		return Files.readString(TestRules.rulesDir().resolve(file));
	}

}

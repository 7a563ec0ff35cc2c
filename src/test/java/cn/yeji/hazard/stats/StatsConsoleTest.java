package cn.yeji.hazard.stats;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static cn.yeji.hazard.ledger.LedgerRequests.assignment;
import static cn.yeji.hazard.ledger.LedgerRequests.close;
import static cn.yeji.hazard.ledger.LedgerRequests.inspectionWithTwoMajorFindings;
import static cn.yeji.hazard.ledger.LedgerRequests.move;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import cn.yeji.hazard.Workbooks;
import cn.yeji.hazard.ledger.LedgerRequests;
import tools.jackson.databind.JsonNode;

/**
 * The district officer's dashboard in a real browser: every chart drawn, the table under it holding the
 * numbers {@code /api/v1/stats} gives for the same filter, and the download a real workbook.
 */
@ConsoleTest
class StatsConsoleTest {

	/** A year no other test records in, so what is present and absent is this test's doing. */
	private static final String PERIOD = "from=2024-01-01&to=2024-12-31";

	private static final List<String> CHARTS = List.of("township", "trend", "overdue", "channel", "clause");

	/** The servers whose ledger this class has filled already: the ledger is the same for every test. */
	private static final Map<Integer, String> SEEDED = new HashMap<>();

	@LocalServerPort
	int port;

	Browser browser;

	String officer;

	Api api;

	@BeforeEach
	void ledgerInTwoTownships(Browser browser) {
		this.browser = browser;
		officer = SEEDED.computeIfAbsent(port, p -> seed());
		api = new Api(port, officer, PASSWORD);
	}

	/**
	 * 三元镇: two MAJOR entries found 2024-03-05, one closed 2024-04-10. 孙岗乡: two found 2024-06-10, one past
	 * its deadline of 2024-07-10; and a public report confirmed under a MAJOR clause.
	 */
	private String seed() {
		String user = TestUsers.create(new Api(port), "DISTRICT_OFFICER", null);
		Api as = new Api(port, user, PASSWORD);
		JsonNode sanyuan = created(as.post("/api/v1/inspections",
				inspectionWithTwoMajorFindings(LedgerRequests.newFacilityId(), "三元镇", "2024-03-05")));
		long closing = sanyuan.get("hazards").get(0).get("hazardId").asLong();
		JsonNode h = ok(as.put("/api/v1/hazards/" + closing + "/assignment", assignment(0, "2024-05-01")));
		h = ok(as.post("/api/v1/hazards/" + closing + "/transitions", move(h.get("version").asInt(), "RECTIFYING", "")));
		h = ok(as.post("/api/v1/hazards/" + closing + "/transitions", move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "")));
		ok(as.post("/api/v1/hazards/" + closing + "/transitions", close(h.get("version").asInt(), "2024-04-10")));
		JsonNode sungang = created(as.post("/api/v1/inspections",
				inspectionWithTwoMajorFindings(LedgerRequests.newFacilityId(), "孙岗乡", "2024-06-10")));
		ok(as.put("/api/v1/hazards/" + sungang.get("hazards").get(0).get("hazardId").asLong() + "/assignment",
				assignment(0, "2024-07-10")));
		long report = created(as.post("/api/v1/complaints", """
				{"facility": {"id": "%s", "name": "孙岗乡测试养老院", "township": "孙岗乡"}, "source": "HOTLINE_12345",
				 "receivedOn": "2024-08-01", "content": "食堂无证经营"}""".formatted(LedgerRequests.newFacilityId())))
			.get("id").asLong();
		ok(as.post("/api/v1/complaints/" + report + "/verification", """
				{"version": 0, "actor": "镇民政办 李四", "verifiedOn": "2024-08-02", "outcome": "CONFIRMED",
				 "ruleId": "MCA2023-5.2", "note": "现场核实食堂未取得食品经营许可证"}"""));
		return user;
	}

	@Test
	void every_chart_is_drawn_and_its_table_holds_the_numbers_the_api_gives() {
		// given a district officer on the dashboard for the year of the ledger above
		signIn().get("/stats?" + PERIOD);

		// then every chart is drawn on a canvas
		assertThat(browser.page()).isEqualTo("stats");
		assertThat(browser.attributes("[data-chart]", "data-chart")).containsExactlyElementsOf(CHARTS);
		waitForCharts();

		// and the tables under them hold the API's numbers, both townships and both channels there
		assertGroupsMatch("township", "township");
		assertGroupsMatch("channel", "channel");
		assertGroupsMatch("clause", "ruleId");
		assertThat(rows("township")).containsKeys("三元镇", "孙岗乡", "全部");
		assertThat(rows("channel")).containsKeys("SUPERVISORY_INSPECTION", "PUBLIC_REPORT").doesNotContainKey("SELF_CHECK");
		assertThat(rows("clause")).containsKeys("MCA2023-4.1", "MCA2023-5.2");
		JsonNode stats = api.get("/api/v1/stats/hazards?" + PERIOD).json();
		assertThat(rows("trend")).isEqualTo(trend(stats)).hasSize(12);
		assertThat(browser.one("[data-total=found]").getText()).isEqualTo(stats.get("total").get("found").asString());
		assertThat(Long.parseLong(rows("overdue").get("孙岗乡").get("overdue"))).isPositive()
			.isEqualTo(find(api.get("/api/v1/stats/hazards?groupBy=township&" + PERIOD).json().get("groups"), "孙岗乡")
				.get("overdue").asLong());
		assertThat(browser.all("[data-table=slow] tbody[data-township='孙岗乡']")).hasSize(1);
		browser.screenshot("stats");

		// and at phone width the charts are drawn again to fit
		browser.size(Browser.PHONE);
		browser.waitFor(b -> (Boolean) b.script("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('[data-chart] canvas')].every(c => c.getBoundingClientRect().width <= width);"""));
		assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing wider than the phone").isTrue();
		browser.screenshot("stats-phone");
		browser.assertNoJsErrors();
	}

	@Test
	void choosing_a_township_narrows_every_chart_and_table_to_it() {
		signIn().get("/stats?" + PERIOD);
		waitForCharts();
		String everywhere = browser.one("[data-total=found]").getText();

		// when the officer picks 三元镇
		browser.select("township", "三元镇").press("查看");
		waitForCharts();

		// then only 三元镇 is counted: its row of the API's township grouping, and nothing of 孙岗乡 or its report
		JsonNode sanyuan = find(api.get("/api/v1/stats/hazards?groupBy=township&" + PERIOD).json().get("groups"), "三元镇");
		assertThat(browser.path()).isEqualTo("/stats");
		assertThat(rows("township")).containsOnlyKeys("三元镇", "全部");
		assertThat(rows("township").get("三元镇")).isEqualTo(cells(sanyuan));
		assertThat(rows("channel")).containsKey("SUPERVISORY_INSPECTION").doesNotContainKey("PUBLIC_REPORT");
		assertThat(sum("channel", "found")).isEqualTo(sanyuan.get("found").asLong());
		assertThat(sum("clause", "found")).isEqualTo(sanyuan.get("found").asLong());
		assertThat(browser.one("[data-total=found]").getText()).isEqualTo(sanyuan.get("found").asString())
			.isNotEqualTo(everywhere);
		assertThat(browser.all("[data-table=slow] tbody[data-township='孙岗乡']")).isEmpty();
		browser.assertNoJsErrors();
	}

	@Test
	void the_export_button_downloads_the_table_as_a_real_workbook() {
		signIn().get("/stats?" + PERIOD);
		String href = browser.one("[data-export=xlsx][data-group-by=township]").getAttribute("href");

		// when it is downloaded with the browser's session
		HttpResponse<byte[]> file = browser.download(href);

		// then it is the workbook the API writes for the same period
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".xlsx");
		byte[] rest = api.get("/api/v1/stats/hazards/export?format=xlsx&groupBy=township&" + PERIOD).raw().body();
		List<String> lines = Workbooks.lines(file.body(), "隐患统计");
		assertThat(lines.get(0)).startsWith("乡镇（街道）|发现数|");
		assertThat(lines).anyMatch(l -> l.startsWith("三元镇|")).anyMatch(l -> l.startsWith("孙岗乡|"))
			.anyMatch(l -> l.startsWith("全部|"))
			.isEqualTo(Workbooks.lines(rest, "隐患统计"));
		URI link = URI.create(href);
		assertThat(Api.anonymous(port).get(link.getRawPath() + "?" + link.getRawQuery()).status()).as("no session, no file")
			.isNotEqualTo(200);
		browser.assertNoJsErrors();
	}

	@Test
	void a_start_after_the_end_is_shown_beside_the_date_and_nothing_is_counted() {
		signIn().get("/stats?from=2024-12-31&to=2024-01-01");

		assertThat(browser.page()).isEqualTo("stats");
		assertThat(browser.errorBeside("from")).contains("不得晚于");
		assertThat(browser.control("from").getAttribute("value")).as("what was typed is kept").isEqualTo("2024-12-31");
		assertThat(browser.all("[data-chart]")).isEmpty();
		assertThat(browser.all("script[src*=echarts]")).isEmpty();
		browser.assertNoJsErrors();
	}

	@Test
	void an_inspector_gets_the_403_page() {
		String inspector = TestUsers.create(new Api(port), "INSPECTOR", "三元镇");

		browser.signIn(inspector, PASSWORD).get("/stats");

		assertThat(browser.page()).isEqualTo("error-403");
		assertThat(browser.all("[data-chart]")).isEmpty();
		assertThat(browser.all("nav a[href='/stats']")).as("not offered in the navigation").isEmpty();
		browser.assertNoJsErrors();
	}

	/** Signed in as the district officer; what their home page logged is its own test's business. */
	private Browser signIn() {
		browser.signIn(officer, PASSWORD).jsErrors();
		return browser;
	}

	private void waitForCharts() {
		browser.waitFor(b -> (Boolean) b.script("""
				return [...document.querySelectorAll('[data-chart]')]
				  .every(c => c.getAttribute('data-rendered') === 'true' && c.querySelector('canvas') !== null);"""));
	}

	/** The page's rows of a table: key → column → the number shown (or its exact value, for rates and medians). */
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, String>> rows(String table) {
		return (Map<String, Map<String, String>>) browser.script("""
				const rows = {};
				document.querySelectorAll('[data-table="' + arguments[0] + '"] tr[data-key]').forEach(tr => {
				  const cells = {};
				  tr.querySelectorAll('[data-col]').forEach(td => cells[td.dataset.col] = td.dataset.value ?? td.textContent.trim());
				  rows[tr.dataset.key] = cells;
				});
				return rows;""", table);
	}

	private long sum(String table, String column) {
		return rows(table).entrySet().stream()
			.filter(e -> !e.getKey().equals("全部"))
			.mapToLong(e -> Long.parseLong(e.getValue().get(column)))
			.sum();
	}

	/** Every group and the total of the page's table equal the API's, for the period without a township. */
	private void assertGroupsMatch(String table, String groupBy) {
		JsonNode stats = api.get("/api/v1/stats/hazards?groupBy=" + groupBy + "&" + PERIOD).json();
		Map<String, Map<String, String>> expected = new HashMap<>();
		stats.get("groups").forEach(g -> expected.put(g.get("key").asString(), cells(g)));
		expected.put("全部", cells(stats.get("total")));
		assertThat(rows(table)).as(table).isEqualTo(expected);
	}

	/** A row of the API as the page writes it: counts, the rate as given, the median or a dash. */
	private static Map<String, String> cells(JsonNode row) {
		JsonNode median = row.get("medianDaysToClose");
		return Map.of("found", row.get("found").asString(), "closed", row.get("closed").asString(), "open",
				row.get("open").asString(), "overdue", row.get("overdue").asString(), "rate",
				String.valueOf(row.get("rectificationRate").asDouble()), "median",
				median == null || median.isNull() ? "—" : String.valueOf(median.asDouble()));
	}

	/** The API's 动态清零 trend as the page's table: month → MAJOR entries open at its end. */
	private static Map<String, Map<String, String>> trend(JsonNode stats) {
		Map<String, Map<String, String>> months = new HashMap<>();
		stats.get("trend").forEach(p -> months.put(p.get("month").asString(), Map.of("openMajor", p.get("openMajor").asString())));
		return months;
	}

	private static JsonNode find(JsonNode groups, String key) {
		return groups.valueStream().filter(g -> g.get("key").asString().equals(key)).findFirst().orElseThrow();
	}

	private static JsonNode created(Reply reply) {
		assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
		return reply.json();
	}

	private static JsonNode ok(Reply reply) {
		assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
		return reply.json();
	}

}

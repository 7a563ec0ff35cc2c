package cn.yeji.hazard.cadence;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import cn.yeji.hazard.Workbooks;
import cn.yeji.hazard.ledger.LedgerRequests;

/** The district officer's cadence report (频次达标) in a real browser: who fell short, when and why. */
@ConsoleTest
class CadenceConsoleTest {

	/** A year no other test records activities in. */
	private static final String YEAR = "2020";

	/** Per server: the officer, the facility checked three times and the one checked four times. */
	private static final Map<Integer, List<String>> SEEDED = new HashMap<>();

	@LocalServerPort
	int port;

	/** The service's clock, in its zone. */
	@Autowired
	Clock clock;

	Browser browser;

	String officer;

	String checkedThrice;

	String compliant;

	@BeforeEach
	void aYearOfActivities(Browser browser) {
		this.browser = browser;
		List<String> seeded = SEEDED.computeIfAbsent(port, p -> seed());
		officer = seeded.get(0);
		checkedThrice = seeded.get(1);
		compliant = seeded.get(2);
	}

	/** Two 三元镇 facilities meeting every cadence of 2020 but one: the first had three district checks, not four. */
	private List<String> seed() {
		String user = TestUsers.create(new Api(port), "DISTRICT_OFFICER", null);
		Api api = new Api(port, user, PASSWORD);
		String thrice = LedgerRequests.newFacilityId();
		String fourTimes = LedgerRequests.newFacilityId();
		recordEveryCadence(api, thrice, List.of("03-10", "06-10", "09-10"));
		recordEveryCadence(api, fourTimes, List.of("03-10", "06-10", "09-10", "12-10"));
		created(api.post("/api/v1/activities", """
				{"kind": "PRINCIPAL_TRAINING", "township": "三元镇", "heldOn": "%s-04-01", "conductedBy": "三元镇民政办"}"""
			.formatted(YEAR)));
		return List.of(user, thrice, fourTimes);
	}

	private static void recordEveryCadence(Api api, String facility, List<String> districtChecks) {
		districtChecks.forEach(day -> created(api.post("/api/v1/activities", activity(facility, "DISTRICT_CHECK", day))));
		for (String day : List.of("02-01", "05-01", "08-01", "11-01")) {
			created(api.post("/api/v1/activities", activity(facility, "SELF_CHECK", day)));
		}
		created(api.post("/api/v1/activities", activity(facility, "STAFF_TRAINING", "03-01")));
		created(api.post("/api/v1/activities", activity(facility, "STAFF_TRAINING", "09-01")));
		created(api.post("/api/v1/activities", activity(facility, "EVACUATION_DRILL", "10-01")));
	}

	@Test
	void a_year_with_three_district_checks_shows_cp1_short_with_its_reason_and_the_facility_checked_four_times_compliant() {
		// when a district officer opens the report for the year
		signIn().get("/compliance?year=" + YEAR);

		// then the facility checked three times falls short of CP-1 only, for the year, saying why
		assertThat(browser.page()).isEqualTo("compliance");
		WebElement thrice = browser.one("[data-facility='" + checkedThrice + "']");
		assertThat(thrice.getAttribute("data-compliant")).isEqualTo("false");
		List<WebElement> shortfalls = thrice.findElements(org.openqa.selenium.By.cssSelector("[data-shortfall]"));
		assertThat(shortfalls).extracting(s -> s.getAttribute("data-shortfall") + " " + s.getAttribute("data-period"))
			.containsExactly("CP-1 " + YEAR);
		assertThat(shortfalls.get(0).getText()).contains("3 次").contains("4 次");

		// and the one checked four times is shown compliant, with no shortfall at all
		WebElement four = browser.one("[data-facility='" + compliant + "']");
		assertThat(four.getAttribute("data-compliant")).isEqualTo("true");
		assertThat(four.findElements(org.openqa.selenium.By.cssSelector("[data-shortfall]"))).isEmpty();
		assertThat(four.getText()).contains("达标");
		assertThat(browser.all("[data-township='三元镇'] [data-township-compliant]")).as("principals trained").hasSize(1);

		// and the counts are the API's for the same year
		assertThat(browser.one("[data-total=shortfalls]").getText())
			.isEqualTo(String.valueOf(report("").get("shortfalls").size()));
		assertThat(browser.all("script[src*=echarts]")).as("charts are for the dashboard only").isEmpty();
		browser.screenshot("compliance");
		browser.size(Browser.PHONE);
		assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		browser.screenshot("compliance-phone");
		browser.assertNoJsErrors();
	}

	@Test
	void choosing_a_township_shows_only_its_institutions() {
		signIn().get("/compliance?year=" + YEAR);

		browser.select("township", "孙岗乡").press("查看");

		assertThat(browser.attributes("[data-township]", "data-township")).containsExactly("孙岗乡");
		assertThat(browser.all("[data-facility='" + checkedThrice + "']")).isEmpty();
		assertThat(browser.control("year").getAttribute("value")).isEqualTo(YEAR);
		assertThat(browser.one("[data-total=shortfalls]").getText())
			.isEqualTo(String.valueOf(report("&township=" + Api.encode("孙岗乡")).get("shortfalls").size()));
		browser.assertNoJsErrors();
	}

	@Test
	void the_export_button_downloads_the_shortfalls_as_a_real_workbook() {
		signIn().get("/compliance?year=" + YEAR);

		HttpResponse<byte[]> file = browser.download(browser.one("[data-export=xlsx]").getAttribute("href"));

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
		List<String> lines = Workbooks.lines(file.body(), "频次核查");
		assertThat(lines.get(0)).startsWith("条款|要求|");
		assertThat(lines.stream().filter(l -> l.contains(checkedThrice))).singleElement().asString()
			.startsWith("CP-1|").contains("3 次");
		assertThat(lines).noneMatch(l -> l.contains(compliant));
		browser.assertNoJsErrors();
	}

	@Test
	void the_current_year_is_shown_when_none_is_asked_for_and_a_bad_year_is_named_beside_its_control() {
		signIn().get("/compliance");
		String shown = browser.control("year").getAttribute("value");

		browser.get("/compliance?year=1999");

		assertThat(shown).isEqualTo(String.valueOf(LocalDate.now(clock).getYear()));
		assertThat(browser.page()).isEqualTo("compliance");
		assertThat(browser.errorBeside("year")).contains("2000");
		assertThat(browser.all("[data-facility]")).isEmpty();
		browser.assertNoJsErrors();
	}

	/** Signed in as the district officer; what their home page logged is its own test's business. */
	private Browser signIn() {
		browser.signIn(officer, PASSWORD).jsErrors();
		return browser;
	}

	private tools.jackson.databind.JsonNode report(String township) {
		return new Api(port, officer, PASSWORD).get("/api/v1/compliance?year=" + YEAR + township).json();
	}

	private static String activity(String facility, String kind, String monthDay) {
		return """
				{"kind": "%s", "facility": {"id": "%s", "name": "三元镇测试养老院", "township": "三元镇"},
				 "heldOn": "%s-%s", "conductedBy": "区民政局"}""".formatted(kind, facility, YEAR, monthDay);
	}

	private static void created(Reply reply) {
		assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
	}

}

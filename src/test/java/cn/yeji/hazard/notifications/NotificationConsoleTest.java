package cn.yeji.hazard.notifications;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;
import tools.jackson.databind.JsonNode;

/** The bell and the 提醒 page in a real browser, on a phone: the count, the reminder, marking it read. */
@ConsoleTest
class NotificationConsoleTest {

	@LocalServerPort
	int port;

	@Autowired
	ReminderScan scan;

	Api admin;

	Browser browser;

	String officer;

	@BeforeEach
	void officer(Api admin, Browser browser) {
		this.admin = admin;
		this.browser = browser;
		officer = TestUsers.create(admin, "TOWNSHIP_OFFICER", "洪集镇");
	}

	@Test
	void the_bell_counts_unread_reminders_and_marking_one_read_on_the_page_counts_it_down() {
		// given a near deadline the scan has reminded the officer of
		long hazard = RemindersTest.hazardWithDeadline(admin, "洪集镇", "2026-08-03", "2026-08-20");
		// the opening told the officer of the new hazards (NEW_HAZARD): read, so the bell counts the scan's alone
		new Api(port, officer, PASSWORD).post("/api/v1/notifications/read-all", "");
		browser.size(Browser.PHONE).signIn(officer, PASSWORD);
		assertThat(browser.all("[data-bell-count]")).as("nothing unread yet").isEmpty();
		scan.scan(LocalDate.parse("2026-08-17"));
		long unread = new Api(port, officer, PASSWORD).get("/api/v1/notifications").json().get("unread").asLong();

		// when the officer, on a phone, opens the 提醒 page from the bell
		browser.get("/hazards");
		WebElement bell = browser.one("[data-bell]");
		assertThat(bell.isDisplayed()).isTrue();
		assertThat(browser.one("[data-bell-count]").getText()).isEqualTo(String.valueOf(unread));
		browser.navigating(() -> browser.click(bell));
		assertThat(browser.page()).isEqualTo("notifications");
		WebElement item = browser.one("li[data-notification-id][data-kind='DEADLINE_NEAR']");
		long id = Long.parseLong(item.getAttribute("data-notification-id"));
		assertThat(item.getText()).contains("整改期限将至", "整改期限 2026-08-20", "还有 3 天");
		assertThat(item.findElement(By.cssSelector("[data-notification-link]")).getAttribute("href")).endsWith("/hazards/" + hazard);
		assertThat(item.getAttribute("data-read")).isEqualTo("false");
		assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 375 px").isTrue();
		browser.screenshots("notifications");

		// and marks it read
		browser.navigating(() -> browser.click(item.findElement(By.cssSelector("[data-mark-read]"))));

		// then the page says so, the bell counts one fewer, and the reminder stays listed as read
		assertThat(browser.page()).isEqualTo("notifications");
		assertThat(browser.one(".notice").getText()).contains("已标为已读");
		assertThat(bellCount()).isEqualTo(unread - 1);
		WebElement read = browser.one("li[data-notification-id='" + id + "']");
		assertThat(read.getAttribute("data-read")).isEqualTo("true");
		assertThat(read.findElements(By.cssSelector("[data-mark-read]"))).isEmpty();
		JsonNode stored = new Api(port, officer, PASSWORD).get("/api/v1/notifications?unread=true&size=500").json();
		assertThat(stored.get("items").findValuesAsString("id")).doesNotContain(String.valueOf(id));

		// and following the reminder opens the entry it is about
		browser.navigating(() -> browser.click(read.findElement(By.cssSelector("[data-notification-link]"))));
		assertThat(browser.page()).isEqualTo("hazard");
		assertThat(browser.path()).isEqualTo("/hazards/" + hazard);
		browser.assertNoJsErrors();
	}

	@Test
	void marking_all_read_empties_the_bell() {
		RemindersTest.hazardWithDeadline(admin, "洪集镇", "2026-08-03", "2026-08-21");
		scan.scan(LocalDate.parse("2026-08-18"));
		browser.signIn(officer, PASSWORD).get("/notifications");
		assertThat(bellCount()).isPositive();

		browser.press("全部标为已读");

		assertThat(browser.one(".notice").getText()).contains("条提醒标为已读");
		assertThat(browser.all("[data-bell-count]")).isEmpty();
		assertThat(browser.attributes("li[data-notification-id]", "data-read")).isNotEmpty().containsOnly("true");
		assertThat(browser.all("[data-mark-read]")).isEmpty();
		browser.assertNoJsErrors();
	}

	private long bellCount() {
		return browser.all("[data-bell-count]").isEmpty() ? 0 : Long.parseLong(browser.one("[data-bell-count]").getText());
	}

}

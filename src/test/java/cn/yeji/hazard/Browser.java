package cn.yeji.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}, driven through {@code /usr/bin/chromedriver};
 * nothing is downloaded) on a console under test. Controls are found by the names the console gives them,
 * which are the API's request paths. Screenshots go to {@code target/screenshots}, and into
 * {@code docs/console/} when {@code -Dhazard.screenshots.write=true} (how the console guide's pictures are made).
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** Phone width the inspector works at. */
	public static final Dimension PHONE = new Dimension(375, 812);

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	private final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, int port) {
		this.driver = driver;
		this.base = "http://127.0.0.1:" + port;
	}

	/** A browser on the service at {@code port}; the test is skipped without Chromium, except in CI where it fails. */
	public static Browser open(int port) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
		}
		Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--lang=zh-CN", "--window-size=1280,900");
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, port);
	}

	public Browser get(String path) {
		driver.get(base + path);
		return this;
	}

	public Browser size(Dimension size) {
		driver.manage().window().setSize(size);
		return this;
	}

	/** Signs in through the form; the page after it is the role's home or the forced password change. */
	public Browser signIn(String username, String password) {
		get("/login");
		control("username").sendKeys(username);
		control("password").sendKeys(password);
		navigating(() -> driver.findElement(By.cssSelector("form button[type=submit]")).click());
		return this;
	}

	/** The {@code data-page} of the page shown. */
	public String page() {
		return driver.findElement(By.tagName("body")).getAttribute("data-page");
	}

	public String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	public String body(String attribute) {
		return driver.findElement(By.tagName("body")).getAttribute(attribute);
	}

	/** The control named {@code name} (the first, for radios). */
	public WebElement control(String name) {
		return driver.findElement(By.name(name));
	}

	public Browser type(String name, String text) {
		WebElement el = control(name);
		el.clear();
		el.sendKeys(text);
		return this;
	}

	/** A date input, set as the browser's date picker would. */
	public Browser date(String name, String isoDate) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", control(name), isoDate);
		return this;
	}

	/** A 是/否/未查 choice: {@code "true"}, {@code "false"} or {@code ""}. */
	public Browser choose(String name, String value) {
		click(driver.findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']")));
		return this;
	}

	public Browser select(String name, String value) {
		new Select(control(name)).selectByValue(value);
		return this;
	}

	public Browser check(String name, String value) {
		WebElement box = driver.findElement(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']"));
		if (!box.isSelected()) {
			click(box);
		}
		return this;
	}

	/**
	 * Clicks the button with this text; when it submits a form to the server, waits until the next page has
	 * loaded (a button the page's script handles, such as adding a row, does not navigate).
	 */
	public Browser press(String text) {
		WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)='" + text + "']"));
		boolean submits = "submit".equals(button.getAttribute("type")) && button.getAttribute("data-add-row") == null;
		if (submits) {
			// the element's own click: Chromium sometimes lands a pointer click on a tall page's form instead
			navigating(() -> script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button));
		}
		else {
			click(button);
		}
		return this;
	}

	/** Does what navigates, then waits for the new page to be loaded. */
	public Browser navigating(Runnable action) {
		WebElement before = driver.findElement(By.tagName("html"));
		action.run();
		try {
			new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(before));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("the page did not change: still " + driver.getCurrentUrl() + " showing "
					+ page() + "; JavaScript errors " + jsErrors() + "; problems shown: "
					+ driver.findElements(By.cssSelector("[data-error-summary]")).stream().map(WebElement::getText).toList(), ex);
		}
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	/**
	 * Whether the element has left the page. Chromium answers a node of a document being replaced with
	 * "does not belong to the document" rather than a stale reference; both mean the old page is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public Browser click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		return this;
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public WebElement one(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<String> attributes(String css, String attribute) {
		return all(css).stream().map(e -> e.getAttribute(attribute)).toList();
	}

	/** The message shown beside a control, or {@code null}. */
	public String errorBeside(String name) {
		List<WebElement> errors = driver.findElements(By.cssSelector("[data-error-for='" + name + "']"));
		return errors.isEmpty() ? null : errors.get(0).getText();
	}

	public Browser waitFor(java.util.function.Function<Browser, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.apply(this));
		return this;
	}

	/**
	 * What a link points at, fetched with this browser's cookies (its session) over java.net.http: a click
	 * on a download leaves nothing a test can read in a headless browser.
	 */
	public java.net.http.HttpResponse<byte[]> download(String url) {
		String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
			.header("Cookie", cookies)
			.build();
		try {
			return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Object script(String js, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(js, args);
	}

	/**
	 * Errors the page's scripts logged (an uncaught exception, a stylesheet, script or icon that failed to
	 * load) since the last call. A page answered with 4xx on purpose (a form shown again with its errors)
	 * is not one of them.
	 */
	public List<String> jsErrors() {
		String page = driver.getCurrentUrl().replaceFirst("[?#].*$", "");
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			// the message names the page with its query (a filter answered 400), the page is compared without
			.filter(m -> !(m.replaceFirst("^(\\S+?)[?#]\\S*", "$1").startsWith(page + " ")
					&& m.contains("Failed to load resource: the server responded with a status of 4")))
			.toList();
	}

	public Browser assertNoJsErrors() {
		assertThat(jsErrors()).as("JavaScript errors on %s", path()).isEmpty();
		return this;
	}

	/** A full-page PNG under target/screenshots (and docs/console/ when asked to write the guide's pictures). */
	public Path screenshot(String name) {
		try {
			Number height = (Number) script("return document.documentElement.scrollHeight");
			Dimension before = driver.manage().window().getSize();
			driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(8000, height.intValue() + 120)));
			File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			driver.manage().window().setSize(before);
			Path target = TestRules.projectDir().resolve("target/screenshots/" + name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			if (Boolean.getBoolean("hazard.screenshots.write")) {
				Path doc = TestRules.projectDir().resolve("docs/console/" + name + ".png");
				Files.createDirectories(doc.getParent());
				Files.copy(png.toPath(), doc, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the page shown cost: bytes transferred (document and every resource, as the browser counts them,
	 * compressed or not) and milliseconds from navigation start to interactive and to load.
	 */
	public record Weight(long bytes, long documentBytes, int resources, long interactiveMillis, long loadMillis) {
	}

	@SuppressWarnings("unchecked")
	public Weight weight() {
		java.util.Map<String, Object> m = (java.util.Map<String, Object>) script("""
				const nav = performance.getEntriesByType('navigation')[0];
				const res = performance.getEntriesByType('resource');
				const size = e => e.transferSize || e.encodedBodySize || 0;
				return {doc: size(nav), bytes: size(nav) + res.reduce((a, e) => a + size(e), 0), resources: res.length,
				        interactive: Math.round(nav.domInteractive), load: Math.round(nav.loadEventEnd)};""");
		return new Weight(((Number) m.get("bytes")).longValue(), ((Number) m.get("doc")).longValue(),
				((Number) m.get("resources")).intValue(), ((Number) m.get("interactive")).longValue(),
				((Number) m.get("load")).longValue());
	}

	/** The page at desktop width as {@code name}, and at phone width as {@code name-phone}. */
	public Browser screenshots(String name) {
		screenshot(name);
		size(PHONE).screenshot(name + "-phone");
		size(DESKTOP);
		return this;
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
	}

}

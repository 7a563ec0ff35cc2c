package cn.yeji.hazard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console as a browser without a page engine: a session cookie from the sign-in form, the CSRF token
 * every console form carries, and the status each request is answered with (redirects not followed).
 */
public final class ConsoleSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private String csrf;

	private ConsoleSession(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** Nobody signed in. */
	public static ConsoleSession anonymous(int port) {
		return new ConsoleSession(port);
	}

	/** Signed in through the form; the page's CSRF token is kept for later posts. */
	public static ConsoleSession signIn(int port, String username, String password) {
		ConsoleSession session = new ConsoleSession(port);
		session.csrf = session.token("/login");
		int status = session.post("/login", Map.of("username", username, "password", password));
		if (status != 302) {
			throw new IllegalStateException("sign-in of " + username + " answered " + status);
		}
		session.csrf = session.token("/account/password");
		return session;
	}

	public int get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET()).statusCode();
	}

	/** A form post with the session's CSRF token. */
	public int post(String path, Map<String, String> form) {
		String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		if (csrf != null) {
			body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
	}

	private String token(String path) {
		String page = send(HttpRequest.newBuilder(URI.create(base + path)).GET()).body();
		Matcher m = CSRF.matcher(page);
		return m.find() ? m.group(1) : null;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

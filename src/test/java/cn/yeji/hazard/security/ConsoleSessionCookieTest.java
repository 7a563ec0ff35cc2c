package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's session cookie cannot be read by script nor ride on another site's request; forms need their token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSessionCookieTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void the_session_cookie_is_http_only_and_same_site() throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

		assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
		assertThat(login.body()).contains("name=\"_csrf\"");
	}

	@Test
	void a_sign_in_without_the_forms_csrf_token_is_refused() throws Exception {
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + cn.yeji.hazard.Api.ADMIN_PASSWORD))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(post.statusCode()).isEqualTo(403);
	}

}

package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;

/** What one request and one client may send: the body size and the write rate, each named when refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hazard.limits.max-json-bytes=20000", "hazard.limits.writes-per-minute=5" })
class LimitsTest {

	@LocalServerPort
	int port;

	@Test
	void a_body_over_the_limit_is_413_naming_it_whether_declared_or_chunked() throws Exception {
		Api api = new Api(port);
		String big = "{\"facility\": {\"id\": \"F\", \"name\": \"" + "x".repeat(30_000) + "\", \"regionCode\": \"341504\"}}";

		Reply declared = api.post("/api/v1/determinations", big);
		HttpResponse<String> chunked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/determinations"))
				.header("Content-Type", "application/json")
				.header("Authorization", api.authorization())
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.json().get("limit").asLong()).isEqualTo(20_000);
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(Api.JSON.readTree(chunked.body()).get("limit").asLong()).isEqualTo(20_000);
	}

	@Test
	void arrays_and_strings_past_their_documented_bounds_are_400_naming_the_field() {
		Api api = new Api(port);
		StringBuilder buildings = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			buildings.append(i == 0 ? "" : ",").append("{\"id\": \"B").append(i).append("\"}");
		}

		Reply tooMany = api.post("/api/v1/determinations", """
				{"facility": {"id": "F", "name": "院", "regionCode": "341504"}, "buildings": [%s]}""".formatted(buildings));
		Reply tooLong = api.post("/api/v1/determinations", """
				{"facility": {"id": "F", "name": "院", "regionCode": "341504"},
				 "observations": [{"code": "EBIKE_INDOOR_CHARGING", "note": "%s"}]}""".formatted("长".repeat(2001)));

		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("errors").findValuesAsString("field")).containsExactly("buildings");
		assertThat(tooMany.json().get("errors").get(0).get("message").asString()).contains("100");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").findValuesAsString("field")).containsExactly("observations[0].note");
	}

	@Test
	void a_client_writing_faster_than_the_limit_gets_429_with_retry_after_and_judging_is_not_limited() {
		Api api = new Api(port);
		String activity = """
				{"kind": "STAFF_TRAINING", "facility": {"id": "F-RATE", "name": "院", "township": "三元镇"},
				 "heldOn": "2025-03-01", "conductedBy": "院方"}""";
		int created = 0;
		Reply limited = null;
		for (int i = 0; i < 8 && limited == null; i++) {
			Reply r = api.post("/api/v1/activities", activity);
			if (r.status() == 201) {
				created++;
			}
			else {
				limited = r;
			}
		}

		// five a minute, one of which went on issuing the client's API token (a refill takes 12 s)
		assertThat(created).isBetween(4, 5);
		assertThat(limited).isNotNull();
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();
		JsonNode body = limited.json();
		assertThat(body.get("limit").asInt()).isEqualTo(5);
		for (int i = 0; i < 10; i++) {
			assertThat(api.post("/api/v1/determinations", """
					{"facility": {"id": "F", "name": "院", "regionCode": "341504"}}""").status()).isEqualTo(200);
		}
	}

}

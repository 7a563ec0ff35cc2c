package cn.yeji.hazard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for a service under test, speaking JSON. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public record Reply(int status, JsonNode body, HttpResponse<byte[]> raw) {

		public JsonNode json() {
			return body;
		}

	}

	public Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Reply post(String path, Object body) {
		return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply put(String path, Object body) {
		return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	private HttpRequest.Builder json(String path, Object body) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
	}

	private static String text(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			JsonNode body = type.contains("json") && response.body().length > 0 ? JSON.readTree(response.body()) : null;
			return new Reply(response.statusCode(), body, response);
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

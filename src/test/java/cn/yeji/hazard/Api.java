package cn.yeji.hazard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for a service under test, speaking JSON. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	/** The first administrator's password on test databases (set for Surefire in the pom). */
	public static final String ADMIN_PASSWORD = System.getProperty("hazard.security.admin-password", "test-admin-secret");

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private String authorization;

	/** Set when the token came from {@link #TOKENS}: what it takes to issue another. */
	private final String password;

	private String username;

	/** A client signed in as the first administrator, by an API token (cheap per request, unlike BCrypt). */
	public Api(int port) {
		this(port, "admin", ADMIN_PASSWORD);
	}

	/** A client signed in as the given user, by an API token issued to them once per server. */
	public Api(int port, String username, String password) {
		this.base = "http://127.0.0.1:" + port;
		this.authorization = "Bearer " + TOKENS.computeIfAbsent(port + "/" + username, k -> token(username, password));
		this.username = username;
		this.password = password;
	}

	/** Who this client signs in as ({@code null}: nobody, or a raw header). */
	public String username() {
		return username;
	}

	private Api(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
		this.password = null;
	}

	/** A client that sends no credentials at all. */
	public static Api anonymous(int port) {
		return new Api("http://127.0.0.1:" + port, null);
	}

	/** A query value percent-encoded as UTF-8, as a browser sends it. */
	public static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A client that signs every request in with this API token. */
	public static Api bearer(int port, String token) {
		return new Api("http://127.0.0.1:" + port, "Bearer " + token);
	}

	/** A client that signs every request in with HTTP Basic. */
	public static Api basic(int port, String username, String password) {
		return new Api("http://127.0.0.1:" + port, basicHeader(username, password));
	}

	public static String basicHeader(String username, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private String token(String username, String password) {
		Reply reply = basic(port(), username, password)
			.post("/api/v1/tokens", "{\"name\": \"test\"}");
		if (reply.status() != 201) {
			throw new IllegalStateException("cannot sign in as " + username + ": " + reply.status() + " " + reply.body());
		}
		return reply.json().get("token").asString();
	}

	/**
	 * Creates a user as this (administrator's) client, then signs in as the new user and replaces the
	 * issued password with {@code password}, as a new user must before anything else works.
	 *
	 * @param township {@code null} for a district-level role
	 * @return the creation's reply: 201, or 409 when an earlier run on this database made the user already
	 */
	public Reply createUser(String username, String password, String role, String township) {
		String issued = password + "-issued";
		Reply created = post("/api/v1/users", """
				{"username": "%s", "password": "%s", "role": "%s"%s}""".formatted(username, issued, role,
				township == null ? "" : ", \"township\": \"" + township + "\""));
		if (created.status() == 201) {
			Reply changed = basic(port(), username, issued).put("/api/v1/users/me/password",
					"{\"currentPassword\": \"" + issued + "\", \"newPassword\": \"" + password + "\"}");
			if (changed.status() != 204) {
				throw new IllegalStateException("cannot set the password of " + username + ": " + changed.status() + " " + changed.body());
			}
		}
		return created;
	}

	private int port() {
		return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
	}

	/** The Authorization header this client sends, or {@code null}. */
	public String authorization() {
		return authorization;
	}

	public record Reply(int status, JsonNode body, HttpResponse<byte[]> raw) {

		public JsonNode json() {
			return body;
		}

	}

	public Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Reply send(String method, String path, String body) {
		return send(json(path, body).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)));
	}

	public Reply post(String path, Object body) {
		return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	/** A POST with one extra header, e.g. an Idempotency-Key. */
	public Reply post(String path, Object body, String header, String value) {
		return send(json(path, body).header(header, value).POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply put(String path, Object body) {
		return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	/** A multipart/form-data POST of one file, as a browser uploads it. */
	public Reply upload(String path, String field, String filename, byte[] content) {
		String boundary = "----hazard-judge-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		body.writeBytes(head);
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpRequest.Builder json(String path, Object body) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
	}

	private static String text(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private Reply send(HttpRequest.Builder request) {
		Reply reply = sendOnce(request);
		if (reply.status() == 401 && password != null) {
			// a token cached for this port may have been issued by an earlier test's server: random ports are
			// reused, and that server's database is gone. A fresh token, once; a user who cannot sign in keeps the 401.
			Reply issued = basic(port(), username, password).post("/api/v1/tokens", "{\"name\": \"test\"}");
			if (issued.status() == 201) {
				String token = issued.json().get("token").asString();
				TOKENS.put(port() + "/" + username, token);
				authorization = "Bearer " + token;
				return sendOnce(request);
			}
		}
		return reply;
	}

	private Reply sendOnce(HttpRequest.Builder request) {
		if (authorization != null) {
			request.setHeader("Authorization", authorization);
		}
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

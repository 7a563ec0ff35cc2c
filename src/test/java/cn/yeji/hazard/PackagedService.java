package cn.yeji.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code java -jar target/hazard-judge.jar}) started as an operator starts it, on a free
 * port, signed in as the first administrator. Tests that must see what users run (class loading of the
 * fat jar, its thread pools, a real kill) start one of these.
 */
public final class PackagedService implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "it-admin-secret";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private PackagedService(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the jar with these extra arguments; its output goes to {@code log}. */
	public static PackagedService start(Path log, String... args) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar(), "--server.port=" + port,
				"--hazard.security.admin-password=" + ADMIN_PASSWORD));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new PackagedService(p, port, log);
	}

	/** Runs the jar's command line ({@code java -jar hazard-judge.jar rules …}) to its end. */
	public static Run run(Path log, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("rules command did not end within 180 s").isTrue();
		return new Run(p.exitValue(), Files.readString(log));
	}

	/** What a command printed and how it ended. */
	public record Run(int exit, String out) {
	}

	public PackagedService awaitHealthy() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("service exited early:\n%s", output()).isTrue();
			try {
				if (HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("service not healthy within 90 s:\n" + output());
	}

	public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return HTTP.send(signedIn(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(signedIn(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder signedIn(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
			.header("Authorization", Api.basicHeader("admin", ADMIN_PASSWORD));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** SIGKILL: no shutdown hook, no flush, as a power cut or the OOM killer would end it. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	public int port() {
		return port;
	}

	public Process process() {
		return process;
	}

	public String output() throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static String jar() {
		return System.getProperty("hazard.jar", "target/hazard-judge.jar");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

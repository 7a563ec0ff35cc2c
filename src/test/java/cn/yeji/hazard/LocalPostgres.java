package cn.yeji.hazard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL this machine kind runs on 127.0.0.1:5432 (trust auth, database {@code test}). Each test
 * class gets a schema of its own, dropped afterwards. Off CI a developer without PostgreSQL sees the
 * tests skipped; with {@code CI=true} a missing server fails the build, so CI never passes by skipping.
 */
public final class LocalPostgres {

	public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private LocalPostgres() {
	}

	/** Aborts (skips) the calling test class when PostgreSQL is not there, unless on CI. */
	public static void require() {
		try (Connection c = connect()) {
			c.isValid(2);
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and PostgreSQL at " + URL + " is not reachable", ex);
			}
			Assumptions.abort("PostgreSQL at " + URL + " is not reachable: " + ex.getMessage());
		}
	}

	public static String newSchema() {
		return "hj_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	public static String url(String schema) {
		return URL + "?currentSchema=" + schema;
	}

	public static void drop(String schema) {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stops the local cluster (fast shutdown: sessions are cut off mid-transaction). */
	public static void stop() {
		cluster("stop", "-m", "fast");
	}

	/** Starts the local cluster and waits until it takes connections (up to 60 s). */
	public static void start() {
		cluster("start");
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			try (Connection c = connect()) {
				return;
			}
			catch (SQLException ex) {
				sleep(500);
			}
		}
		throw new IllegalStateException("PostgreSQL did not come back within 60 s");
	}

	private static void cluster(String... action) {
		try {
			String version;
			try (var versions = java.nio.file.Files.list(java.nio.file.Path.of("/etc/postgresql"))) {
				version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
			}
			java.util.List<String> command = new java.util.ArrayList<>(
					java.util.List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main"));
			command.addAll(java.util.List.of(action));
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes());
			if (p.waitFor() != 0 && !out.contains("already") && !out.contains("not running")) {
				throw new IllegalStateException(String.join(" ", command) + ": " + out);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, USER, "");
	}

}

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

	public static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, USER, "");
	}

}

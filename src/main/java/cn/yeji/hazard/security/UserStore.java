package cn.yeji.hazard.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and API tokens. Passwords are kept only as hashes, tokens only as their SHA-256. */
@Repository
class UserStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	UserStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Account> find(String username) {
		return jdbc.sql("SELECT * FROM app_user WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> new Account(rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled"),
					Role.valueOf(rs.getString("role")), rs.getString("township")))
			.optional();
	}

	List<Account> all() {
		return jdbc.sql("SELECT * FROM app_user ORDER BY username")
			.query((rs, n) -> new Account(rs.getString("username"), "", rs.getBoolean("enabled"),
					Role.valueOf(rs.getString("role")), rs.getString("township")))
			.list();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	void create(String username, String passwordHash, Role role, String township) {
		jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role, township, enabled, created_at)
				VALUES (:u, :p, :r, :t, TRUE, :now)""")
			.param("u", username)
			.param("p", passwordHash)
			.param("r", role.name())
			.param("t", township)
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	void setPassword(String username, String passwordHash) {
		jdbc.sql("UPDATE app_user SET password_hash = :p WHERE username = :u").param("p", passwordHash).param("u", username).update();
	}

	void addToken(String tokenHash, String username, String name) {
		jdbc.sql("INSERT INTO api_token (token_hash, username, name, created_at) VALUES (:h, :u, :n, :now)")
			.param("h", tokenHash)
			.param("u", username)
			.param("n", name)
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	Optional<String> tokenOwner(String tokenHash) {
		return jdbc.sql("SELECT username FROM api_token WHERE token_hash = :h").param("h", tokenHash).query(String.class).optional();
	}

}

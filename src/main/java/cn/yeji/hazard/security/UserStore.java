package cn.yeji.hazard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users and API tokens. Passwords are kept only as hashes, tokens only as their SHA-256. Sign-in lookups
 * are cached for {@link #CACHED}, so a signed-in client keeps judging determinations while the database
 * is down; a password change takes effect at once on this instance.
 */
@Repository
class UserStore {

	static final Duration CACHED = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Cached<Optional<Row>>> accounts = new ConcurrentHashMap<>();

	/** What is cached: plain values. Spring Security erases the password of the Account it signed in. */
	private record Row(String username, String passwordHash, boolean enabled, Role role, String township) {

		Account account() {
			return new Account(username, passwordHash, enabled, role, township);
		}

	}

	private final Map<String, Cached<Optional<String>>> tokens = new ConcurrentHashMap<>();

	private record Cached<T>(T value, long until) {
	}

	UserStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The user, for signing in: from the cache when looked up in the last few minutes. */
	Optional<Account> find(String username) {
		return cached(accounts, username, () -> load(username)).map(Row::account);
	}

	private Optional<Row> load(String username) {
		return jdbc.sql("SELECT * FROM app_user WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> new Row(rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled"),
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
		accounts.remove(username);
	}

	/** @return false when there is no such user */
	boolean setEnabled(String username, boolean enabled) {
		int changed = jdbc.sql("UPDATE app_user SET enabled = :e WHERE username = :u").param("e", enabled).param("u", username).update();
		accounts.remove(username);
		return changed == 1;
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
		return cached(tokens, tokenHash,
				() -> jdbc.sql("SELECT username FROM api_token WHERE token_hash = :h").param("h", tokenHash).query(String.class).optional());
	}

	/** Only what was found is kept: a user created a moment later can sign in at once. */
	private <T> Optional<T> cached(Map<String, Cached<Optional<T>>> cache, String key, Supplier<Optional<T>> load) {
		long now = System.nanoTime();
		Cached<Optional<T>> hit = cache.get(key);
		if (hit != null && hit.until() - now > 0) {
			return hit.value();
		}
		Optional<T> value = load.get();
		if (value.isPresent()) {
			if (cache.size() > 10_000) {
				cache.clear();
			}
			cache.put(key, new Cached<>(value, now + CACHED.toNanos()));
		}
		return value;
	}

}

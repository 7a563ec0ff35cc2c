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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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
	private record Row(String username, String passwordHash, boolean enabled, Role role, String township,
			boolean passwordIssued) {

		Account account() {
			return new Account(username, passwordHash, enabled, role, township, passwordIssued);
		}

	}

	/** Whose a live (not revoked) token is, and until when it works. */
	private record Holder(String username, OffsetDateTime expiresAt) {
	}

	private final Map<String, Cached<Optional<Holder>>> tokens = new ConcurrentHashMap<>();

	/** A token as its owner sees it in a listing: never the token itself, which is not kept. */
	record TokenRow(long id, String username, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime revokedAt) {
	}

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
					Role.valueOf(rs.getString("role")), rs.getString("township"), rs.getBoolean("password_issued")))
			.optional();
	}

	List<Account> all() {
		return jdbc.sql("SELECT * FROM app_user ORDER BY username")
			.query((rs, n) -> new Account(rs.getString("username"), "", rs.getBoolean("enabled"),
					Role.valueOf(rs.getString("role")), rs.getString("township"), rs.getBoolean("password_issued")))
			.list();
	}

	Optional<String> email(String username) {
		return jdbc.sql("SELECT email FROM app_user WHERE username = :u AND email IS NOT NULL")
			.param("u", username)
			.query(String.class)
			.optional();
	}

	void setEmail(String username, String email) {
		jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u").param("e", email).param("u", username).update();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	/** @param issued whether someone other than the user chose the password, so that the user must change it */
	void create(String username, String passwordHash, Role role, String township, boolean issued) {
		jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role, township, enabled, created_at, password_issued)
				VALUES (:u, :p, :r, :t, TRUE, :now, :issued)""")
			.param("u", username)
			.param("p", passwordHash)
			.param("r", role.name())
			.param("t", township)
			.param("now", OffsetDateTime.now(clock))
			.param("issued", issued)
			.update();
	}

	/** The user's own new password: no longer an issued one. */
	void setPassword(String username, String passwordHash) {
		jdbc.sql("UPDATE app_user SET password_hash = :p, password_issued = FALSE WHERE username = :u")
			.param("p", passwordHash)
			.param("u", username)
			.update();
		accounts.remove(username);
	}

	/**
	 * Disabling also revokes every token of the user, so that enabling them again brings back the password
	 * only; the tokens are dead for good.
	 *
	 * @return false when there is no such user
	 */
	@Transactional
	boolean setEnabled(String username, boolean enabled) {
		int changed = jdbc.sql("UPDATE app_user SET enabled = :e WHERE username = :u").param("e", enabled).param("u", username).update();
		if (!enabled) {
			jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE username = :u AND revoked_at IS NULL")
				.param("now", OffsetDateTime.now(clock))
				.param("u", username)
				.update();
			tokens.values().removeIf(c -> c.value().map(h -> h.username().equals(username)).orElse(false));
		}
		accounts.remove(username);
		return changed == 1;
	}

	/** @return the new token's number */
	long addToken(String tokenHash, String username, String name, OffsetDateTime expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO api_token (token_hash, username, name, created_at, expires_at)
				VALUES (:h, :u, :n, :now, :exp)""")
			.param("h", tokenHash)
			.param("u", username)
			.param("n", name)
			.param("now", OffsetDateTime.now(clock))
			.param("exp", expiresAt)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Whose the token is, while it is neither revoked nor expired. */
	Optional<String> tokenOwner(String tokenHash) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return cached(tokens, tokenHash, () -> jdbc.sql("""
				SELECT username, expires_at FROM api_token WHERE token_hash = :h AND revoked_at IS NULL""")
			.param("h", tokenHash)
			.query((rs, n) -> new Holder(rs.getString("username"), rs.getObject("expires_at", OffsetDateTime.class)))
			.optional()).filter(h -> h.expiresAt().isAfter(now)).map(Holder::username);
	}

	/** The user's tokens, newest first, revoked and expired ones included (marked so). */
	List<TokenRow> tokensOf(String username) {
		return jdbc.sql("SELECT * FROM api_token WHERE username = :u ORDER BY created_at DESC, id DESC")
			.param("u", username)
			.query(UserStore::tokenRow)
			.list();
	}

	/** Every user's tokens, newest first, for the administrator. */
	List<TokenRow> allTokens() {
		return jdbc.sql("SELECT * FROM api_token ORDER BY created_at DESC, id DESC").query(UserStore::tokenRow).list();
	}

	private static TokenRow tokenRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new TokenRow(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}

	Optional<TokenRow> token(long id) {
		return jdbc.sql("SELECT * FROM api_token WHERE id = :id")
			.param("id", id)
			.query(UserStore::tokenRow)
			.optional();
	}

	/** Revokes the token at once on this instance; revoking a revoked token changes nothing. */
	void revoke(long id) {
		String hash = jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id").param("id", id).query(String.class).single();
		jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		tokens.remove(hash);
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

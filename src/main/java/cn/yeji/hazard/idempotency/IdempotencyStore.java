package cn.yeji.hazard.idempotency;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims of Idempotency-Keys: who sent a key for which request, and the record it wrote once it did. */
@Repository
class IdempotencyStore {

	/** A key as claimed: the request it came with and, once written, the record. */
	record Claim(String endpoint, String requestHash, Long resourceId, OffsetDateTime claimedAt) {
	}

	private final JdbcClient jdbc;

	IdempotencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether this caller now holds the key (false: it was claimed before) */
	boolean claim(String user, String key, String endpoint, String hash, OffsetDateTime now) {
		try {
			jdbc.sql("""
					INSERT INTO idempotency_key (username, idem_key, endpoint, request_hash, claimed_at)
					VALUES (:user, :key, :endpoint, :hash, :now)""")
				.param("user", user)
				.param("key", key)
				.param("endpoint", endpoint)
				.param("hash", hash)
				.param("now", now)
				.update();
			return true;
		}
		catch (DuplicateKeyException claimedBefore) {
			return false;
		}
	}

	Optional<Claim> find(String user, String key) {
		return jdbc.sql("SELECT endpoint, request_hash, resource_id, claimed_at FROM idempotency_key WHERE username = :user AND idem_key = :key")
			.param("user", user)
			.param("key", key)
			.query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
					rs.getObject(4, OffsetDateTime.class)))
			.optional();
	}

	/** Sets the record the key wrote; run inside the transaction that writes the record. */
	void complete(String user, String key, long resourceId) {
		jdbc.sql("UPDATE idempotency_key SET resource_id = :id WHERE username = :user AND idem_key = :key")
			.param("id", resourceId)
			.param("user", user)
			.param("key", key)
			.update();
	}

	/** Lets the key go when its write failed (nothing was written), so a retry can write. */
	void release(String user, String key) {
		jdbc.sql("DELETE FROM idempotency_key WHERE username = :user AND idem_key = :key AND resource_id IS NULL")
			.param("user", user)
			.param("key", key)
			.update();
	}

	/** Drops a claim abandoned since {@code claimedAt} (its process died before writing anything). */
	void dropAbandoned(String user, String key, OffsetDateTime claimedAt) {
		jdbc.sql("""
				DELETE FROM idempotency_key WHERE username = :user AND idem_key = :key AND resource_id IS NULL
				AND claimed_at = :at""")
			.param("user", user)
			.param("key", key)
			.param("at", claimedAt)
			.update();
	}

}

package cn.yeji.hazard.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.KeyReusedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes that a client may send again after a dropped connection (Idempotency-Key): the first with a key
 * claims it, writes its record and names the record under the key in the same transaction; the same key
 * with the same body then answers that record and writes nothing, with another body it is 422. Concurrent
 * sends of one key wait for the first. A claim whose process died before writing (it names no record,
 * so nothing was written) is taken over after {@link #ABANDONED}.
 */
@Service
public class IdempotentWrites {

	static final Duration ABANDONED = Duration.ofMinutes(2);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final long POLL_MILLIS = 50;

	private final IdempotencyStore store;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	IdempotentWrites(IdempotencyStore store, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** The outcome: the record written now, or the one a former send of the key wrote. */
	public record Written(long id, boolean replayed) {
	}

	/**
	 * @param key the client's Idempotency-Key, or {@code null} for a plain write
	 * @param write writes the record and returns its id; it runs inside one transaction (with the key's claim)
	 */
	public Written write(Caller caller, String key, String endpoint, Object body, LongSupplier write) {
		if (key == null) {
			return new Written(transactions.execute(status -> write.getAsLong()), false);
		}
		check(key);
		String user = String.valueOf(caller.username());
		String hash = hash(endpoint, body);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			if (store.claim(user, key, endpoint, hash, OffsetDateTime.now(clock))) {
				return new Written(writeClaimed(user, key, write), false);
			}
			Optional<IdempotencyStore.Claim> claim = store.find(user, key);
			if (claim.isPresent()) {
				IdempotencyStore.Claim c = claim.get();
				if (!c.endpoint().equals(endpoint) || !c.requestHash().equals(hash)) {
					throw new KeyReusedException("这个 Idempotency-Key 已用于另一次请求（" + c.endpoint() + "），本次未写入任何内容");
				}
				if (c.resourceId() != null) {
					return new Written(c.resourceId(), true);
				}
				if (c.claimedAt().plus(ABANDONED).isBefore(OffsetDateTime.now(clock))) {
					store.dropAbandoned(user, key, c.claimedAt());
					continue;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new ConflictException("同一请求（Idempotency-Key " + key + "）仍在处理中，请稍后重试");
			}
			pause();
		}
	}

	private long writeClaimed(String user, String key, LongSupplier write) {
		try {
			return transactions.execute(status -> {
				long id = write.getAsLong();
				store.complete(user, key, id);
				return id;
			});
		}
		catch (RuntimeException | Error failed) {
			store.release(user, key);
			throw failed;
		}
	}

	private String hash(String endpoint, Object body) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(endpoint.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(json.writeValueAsBytes(body)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void check(String key) {
		if (key.length() < 8 || key.length() > 100 || !key.matches("[A-Za-z0-9_.:-]+")) {
			throw new InvalidRequestException(List.of(new FieldProblem("Idempotency-Key", key,
					"须为 8 到 100 个字母、数字或 _.:- 组成的字符串（如一个 UUID）")));
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConflictException("请求被中断，请重试");
		}
	}

}

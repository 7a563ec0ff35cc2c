package cn.yeji.hazard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.yeji.hazard.system.HazardSettings;

/**
 * Failed sign-ins, counted per user name and per address. After {@code perUser} failures for one name, or
 * {@code perAddress} from one address, within {@code lock}, further sign-ins for it are refused without
 * checking the password until {@code lock} has passed since the last failure, so a password cannot be
 * guessed faster than that whatever the client does. A successful sign-in clears its user's count.
 */
final class SignInThrottle {

	private static final int MAX_KEYS = 100_000;

	private final HazardSettings.SignIn settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private record Failures(int count, Instant last) {
	}

	SignInThrottle(HazardSettings.SignIn settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long until this user name (may be {@code null}) from this address may try again; empty when now. */
	Optional<Duration> lockedFor(String username, String address) {
		Instant now = clock.instant();
		Optional<Duration> byAddress = locked("addr:" + address, settings.perAddress(), now);
		return byAddress.isPresent() || username == null ? byAddress : locked("user:" + username, settings.perUser(), now);
	}

	private Optional<Duration> locked(String key, int limit, Instant now) {
		Failures f = failures.get(key);
		if (f == null || f.count() < limit) {
			return Optional.empty();
		}
		Duration left = Duration.between(now, f.last().plus(settings.lock()));
		return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
	}

	void failed(String username, String address) {
		if (failures.size() > MAX_KEYS) {
			failures.clear(); // bounded memory whatever the number of names tried; a reset only forgives
		}
		count("addr:" + address);
		if (username != null) {
			count("user:" + username);
		}
	}

	private void count(String key) {
		Instant now = clock.instant();
		failures.merge(key, new Failures(1, now), (old, one) -> Duration.between(old.last(), now).compareTo(settings.lock()) > 0
				? one : new Failures(old.count() + 1, now));
	}

	void succeeded(String username) {
		failures.remove("user:" + username);
	}

}

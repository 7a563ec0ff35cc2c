package cn.yeji.hazard.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set now serving, the ones that served before it, and the last attempt to replace it.
 * Readers take {@link #current()} once per request and keep it, so a swap never changes a verdict
 * half-way.
 */
public final class RulesetHolder {

	static final int HISTORY = 10;

	private final AtomicReference<Ruleset> current;

	private final Clock clock;

	private final Deque<ActivatedRuleset> history = new ArrayDeque<>();

	private volatile ReloadAttempt lastAttempt;

	public RulesetHolder(Ruleset initial) {
		this(initial, Clock.systemUTC());
	}

	public RulesetHolder(Ruleset initial, Clock clock) {
		this.current = new AtomicReference<>(initial);
		this.clock = clock;
		remember(initial);
	}

	public Ruleset current() {
		return current.get();
	}

	/** Swaps in a checked rule set; requests already running finish on the one they took. */
	public void activate(Ruleset next) {
		current.set(next);
		remember(next);
	}

	public void recordAttempt(ReloadAttempt attempt) {
		this.lastAttempt = attempt;
	}

	/** {@code null} until a reload has been attempted. */
	public ReloadAttempt lastAttempt() {
		return lastAttempt;
	}

	/** The rule sets that have served, newest first. */
	public synchronized List<ActivatedRuleset> history() {
		return List.copyOf(history);
	}

	private synchronized void remember(Ruleset ruleset) {
		history.addFirst(new ActivatedRuleset(ruleset.version(), ruleset.loadedAt(), clock.instant()));
		while (history.size() > HISTORY) {
			history.removeLast();
		}
	}

	/** A rule set that served, and since when. */
	public record ActivatedRuleset(String version, Instant loadedAt, Instant activatedAt) {
	}

}

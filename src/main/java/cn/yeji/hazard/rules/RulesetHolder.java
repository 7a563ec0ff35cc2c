package cn.yeji.hazard.rules;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set now serving. Readers take {@link #current()} once per request and keep it, so a swap
 * never changes a verdict half-way.
 */
public final class RulesetHolder {

	private final AtomicReference<Ruleset> current;

	public RulesetHolder(Ruleset initial) {
		this.current = new AtomicReference<>(initial);
	}

	public Ruleset current() {
		return current.get();
	}

}

package cn.yeji.hazard.lifecycle;

import java.nio.file.Path;

import cn.yeji.hazard.rules.Ruleset;

/** Told of every rule set about to serve, before it does: where its files are, how and why it is activated. */
interface ActivationLog {

	/** Keeps nothing (a reloader on its own, in a test). */
	ActivationLog NONE = (ruleset, dir, source, reason, by) -> {
	};

	/**
	 * @param by the account that activates it, {@code null} for the service itself (start, the folder watcher)
	 * @throws RuntimeException when the activation cannot be kept; the rule set then does not serve
	 */
	void activating(Ruleset ruleset, Path dir, String source, String reason, String by);

}

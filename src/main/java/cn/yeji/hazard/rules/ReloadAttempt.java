package cn.yeji.hazard.rules;

import java.time.Instant;
import java.util.List;

import cn.yeji.hazard.engine.RuleProblem;

/**
 * One attempt to replace the rules serving.
 *
 * @param trigger what started it, e.g. {@code file change} or {@code request}
 * @param version the candidate's content hash, {@code null} when the folder could not be read
 * @param problems why a rejected candidate was rejected, with file and line
 */
public record ReloadAttempt(Instant at, String trigger, Outcome outcome, String version, long millis,
		List<RuleProblem> problems) {

	/** What came of an attempt. */
	public enum Outcome {

		/** The candidate passed every check and now serves. */
		ACTIVATED,
		/** The folder's content is what already serves. */
		UNCHANGED,
		/** The candidate failed a check; the rules serving stay. */
		REJECTED

	}

}

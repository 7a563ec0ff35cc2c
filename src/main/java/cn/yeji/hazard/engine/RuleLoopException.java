package cn.yeji.hazard.engine;

/** The rules kept firing: a rule re-triggers itself or another without end. */
public class RuleLoopException extends RuntimeException {

	public RuleLoopException(int firings) {
		super("rules fired " + firings + " times without settling; a rule keeps re-triggering");
	}

}

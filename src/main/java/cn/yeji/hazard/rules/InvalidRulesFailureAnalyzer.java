package cn.yeji.hazard.rules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the officer which rule file and line stopped the start, without a stack trace to dig through. */
class InvalidRulesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRulesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidRulesException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the rule files listed above (FILE:LINE: message), or point hazard.rules.dir at a working rules folder.",
				cause);
	}

}

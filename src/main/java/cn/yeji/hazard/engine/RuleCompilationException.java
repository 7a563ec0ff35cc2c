package cn.yeji.hazard.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files do not compile; every problem names its file and line. */
public class RuleCompilationException extends RuntimeException {

	private final List<RuleProblem> problems;

	public RuleCompilationException(List<RuleProblem> problems) {
		super("rule files do not compile:\n"
				+ problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}

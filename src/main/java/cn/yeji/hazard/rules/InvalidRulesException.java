package cn.yeji.hazard.rules;

import java.util.List;
import java.util.stream.Collectors;

import cn.yeji.hazard.engine.RuleProblem;

/** The rules folder cannot become a rule set; every problem names its file and line. */
public class InvalidRulesException extends RuntimeException {

	private final transient List<RuleProblem> problems;

	public InvalidRulesException(List<RuleProblem> problems) {
		super("the rules folder has " + problems.size() + " problem(s):\n"
				+ problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}

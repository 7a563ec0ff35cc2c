package cn.yeji.hazard.system;

import java.util.List;
import java.util.stream.Collectors;

/** A request that is well-formed JSON but breaks the contract; answered with 400 naming every field. */
public class InvalidRequestException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidRequestException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}

package cn.yeji.hazard.system;

/**
 * A caller creating a record outside what their role may touch, e.g. a township officer filing a report
 * for another township's facility. Answered with 403 naming the field.
 */
public class ForbiddenException extends RuntimeException {

	private final transient FieldProblem problem;

	public ForbiddenException(FieldProblem problem) {
		super(problem.field() + ": " + problem.message());
		this.problem = problem;
	}

	public FieldProblem problem() {
		return problem;
	}

}

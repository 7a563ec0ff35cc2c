package cn.yeji.hazard.engine;

/**
 * A problem in a rule file, located in the author's file and line ({@code 0} when the line is unknown).
 */
public record RuleProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + message;
	}

}

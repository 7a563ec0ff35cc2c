package cn.yeji.hazard.cases;

/** An example file that cannot be read as a case. */
public class InvalidExampleException extends RuntimeException {

	public InvalidExampleException(String file, String message) {
		super(file + ": " + message);
	}

}

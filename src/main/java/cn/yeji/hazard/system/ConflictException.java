package cn.yeji.hazard.system;

/**
 * A well-formed change the record's state does not allow: a move the status flow forbids, or a change
 * made on a version someone else has already replaced. Answered with 409; nothing was written.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}

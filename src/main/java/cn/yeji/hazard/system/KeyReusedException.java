package cn.yeji.hazard.system;

/** An Idempotency-Key sent again with another request: answered 422, nothing written. */
public class KeyReusedException extends RuntimeException {

	public KeyReusedException(String message) {
		super(message);
	}

}

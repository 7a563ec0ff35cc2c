package cn.yeji.hazard.system;

import java.io.IOException;

/** A request body read past its limit; answered with 413 naming the limit. */
public class PayloadTooLargeException extends IOException {

	private final long limit;

	public PayloadTooLargeException(long limit) {
		super("request body over " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}

}

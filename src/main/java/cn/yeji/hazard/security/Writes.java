package cn.yeji.hazard.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests count as writes for the audit log and the rate limit. */
final class Writes {

	private Writes() {
	}

	/**
	 * Any method but GET, HEAD and OPTIONS under {@code /api/}; judging a determination stores nothing and
	 * is not a write.
	 */
	static boolean isWrite(HttpServletRequest request) {
		String method = request.getMethod();
		String uri = request.getRequestURI();
		return uri.startsWith("/api/") && !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")
				&& !uri.equals("/api/v1/determinations");
	}

}

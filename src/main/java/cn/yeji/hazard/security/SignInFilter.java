package cn.yeji.hazard.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every sign-in (Basic or Bearer): refuses one that {@link SignInThrottle} has locked, with
 * 429 and Retry-After and without looking at the password, and afterwards counts the outcome. Every failed
 * or refused sign-in goes to the audit log, whatever the method, under the user name it claimed.
 */
class SignInFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final ProblemWriter problems;

	private final AuditFilter audit;

	SignInFilter(SignInThrottle throttle, ProblemWriter problems, AuditFilter audit) {
		this.throttle = throttle;
		this.problems = problems;
		this.audit = audit;
	}

	/** Whether the request tries to sign in at all. */
	static boolean presentsCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!presentsCredentials(request)) {
			chain.doFilter(request, response);
			return;
		}
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		String address = request.getRemoteAddr();
		Optional<Duration> locked = throttle.lockedFor(username, address);
		if (locked.isPresent()) {
			long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
			audit.record(auditName(username), request, 429);
			response.setHeader("Retry-After", String.valueOf(seconds));
			problems.write(request, response, 429, "登录失败次数过多，已暂停登录，请 " + seconds + " 秒后再试", Map.of("retryAfterSeconds", seconds));
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == 401) {
			throttle.failed(username, address);
			audit.record(auditName(username), request, 401);
		}
		else if (username != null) {
			throttle.succeeded(username);
		}
	}

	/** The user name of a Basic header, or {@code null} (Bearer, or a header that is not Basic at all). */
	static String basicUsername(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = pair.indexOf(':');
			return colon < 0 ? null : pair.substring(0, colon);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	private static String auditName(String username) {
		return username == null || username.length() <= 64 ? username : username.substring(0, 64);
	}

}

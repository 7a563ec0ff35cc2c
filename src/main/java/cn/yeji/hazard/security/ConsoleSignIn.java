package cn.yeji.hazard.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console's sign-in form under the same throttle and audit as the API's: a locked name or address is
 * refused without checking the password, every failure is counted and audited under the name it
 * claimed, and a success clears its count and returns to the page that was asked for.
 */
class ConsoleSignIn extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final SignInThrottle throttle;

	private final AuditFilter audit;

	ConsoleSignIn(SignInThrottle throttle, AuditFilter audit) {
		this.throttle = throttle;
		this.audit = audit;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
			throws ServletException, IOException {
		throttle.succeeded(auth.getName());
		super.onAuthenticationSuccess(request, response, auth);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		throttle.failed(username, request.getRemoteAddr());
		audit.record(username == null || username.isBlank() ? null : username, request, 401);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Refuses a locked sign-in before the password is looked at. */
	OncePerRequestFilter throttleFilter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
					chain.doFilter(request, response);
					return;
				}
				Optional<Duration> locked = throttle.lockedFor(request.getParameter("username"), request.getRemoteAddr());
				if (locked.isEmpty()) {
					chain.doFilter(request, response);
					return;
				}
				audit.record(request.getParameter("username"), request, 429);
				long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
				response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
			}

		};
	}

}

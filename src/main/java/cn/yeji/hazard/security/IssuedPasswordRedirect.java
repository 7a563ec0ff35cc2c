package cn.yeji.hazard.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console's side of {@link IssuedPasswordFilter}: a user whose password someone else issued is sent to
 * the change-password page from every page until they have changed it.
 */
class IssuedPasswordRedirect extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean mustChange = auth != null && auth.getPrincipal() instanceof Account account && account.passwordIssued();
		if (mustChange && !allowed(request.getServletPath())) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return path.equals(PAGE) || path.equals("/logout") || path.equals("/error") || path.startsWith("/console/")
				|| path.startsWith("/webjars/");
	}

}

package cn.yeji.hazard.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a machine client by {@code Authorization: Bearer <token>}; a token not known is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

	/** Marks an authentication made with an API token, which may not change the account's password. */
	static final String SIGNED_IN_BY_TOKEN = "api-token";

	private final UserStore users;

	private final AuthenticationEntryPoint unauthorized;

	private final ProblemWriter unavailable;

	BearerTokenFilter(UserStore users, AuthenticationEntryPoint unauthorized, ProblemWriter unavailable) {
		this.users = users;
		this.unauthorized = unauthorized;
		this.unavailable = unavailable;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Account> account;
		try {
			account = users.tokenOwner(Tokens.hash(header.substring(7).strip())).flatMap(users::find).filter(Account::isEnabled);
		}
		catch (DataAccessException ex) {
			// the token is not in the cache and the database cannot say whose it is
			response.setHeader("Retry-After", "5");
			unavailable.write(request, response, 503, "用户数据库暂时不可用，无法核验令牌，请稍后重试", Map.of());
			return;
		}
		if (account.isEmpty()) {
			SecurityContextHolder.clearContext();
			unauthorized.commence(request, response, new BadCredentialsException("unknown API token"));
			return;
		}
		var auth = UsernamePasswordAuthenticationToken.authenticated(account.get(), null, account.get().getAuthorities());
		auth.setDetails(SIGNED_IN_BY_TOKEN);
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

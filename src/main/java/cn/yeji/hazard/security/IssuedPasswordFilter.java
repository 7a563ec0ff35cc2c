package cn.yeji.hazard.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.yeji.hazard.system.FieldProblem;

/**
 * A user signed in with a password someone else issued (the first administrator's one-time password, or
 * one an administrator set) may do one thing only: change it. Whoever issued it knows it, so until then
 * the account is not yet its owner's.
 */
class IssuedPasswordFilter extends OncePerRequestFilter {

	static final String CHANGE_PATH = "/api/v1/users/me/password";

	private final ProblemWriter problems;

	private final AuditFilter audit;

	IssuedPasswordFilter(ProblemWriter problems, AuditFilter audit) {
		this.problems = problems;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean mustChange = auth != null && auth.getPrincipal() instanceof Account account && account.passwordIssued();
		if (!mustChange || (request.getMethod().equals("PUT") && request.getRequestURI().equals(CHANGE_PATH))) {
			chain.doFilter(request, response);
			return;
		}
		if (Writes.isWrite(request)) {
			audit.record(auth.getName(), request, 403);
		}
		String message = "密码由他人设定，须先修改密码（PUT " + CHANGE_PATH + "）后才能使用其他功能";
		problems.write(request, response, 403, message,
				Map.of("errors", List.of(new FieldProblem("password", null, message))));
	}

}

package cn.yeji.hazard.security;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every write (any method but GET, HEAD, OPTIONS under {@code /api/}; judging a determination
 * stores nothing and is not one): who, when, what, from where, and the status it ended with. It runs
 * inside the security chain, so the user is known; writes refused there (401, 403) are recorded by the
 * chain's handlers through {@link #record}. When the database cannot take the entry, it goes to the log.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

	private final AuditStore audit;

	private final Clock clock;

	AuditFilter(AuditStore audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Writes.isWrite(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String actor = null;
		try {
			chain.doFilter(request, response);
			actor = actor();
		}
		finally {
			record(actor == null ? actor() : actor, request, response.getStatus());
		}
	}

	/** Also called for writes refused at sign-in (401) or by role (403), which never reach this filter. */
	void record(String actor, HttpServletRequest request, int status) {
		String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		try {
			audit.append(OffsetDateTime.now(clock), actor, request.getMethod(), path, status, request.getRemoteAddr());
		}
		catch (RuntimeException ex) {
			log.error("AUDIT (not stored: {}) actor={} {} {} -> {} from {}", ex.getMessage(), actor, request.getMethod(), path,
					status, request.getRemoteAddr());
		}
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? null : auth.getName();
	}

}

package cn.yeji.hazard.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of the request being served. Console pages take a {@link Caller} parameter; API controllers,
 * whose method signatures are the generated contract's, ask this bean once per call and pass the caller on.
 */
@Component
public class Callers {

	/** @throws IllegalStateException when nobody is signed in: every route that reaches a feature needs a user */
	public Caller current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			throw new IllegalStateException("no signed-in user: a route that reaches a feature must require one");
		}
		if (auth.getPrincipal() instanceof Account account && account.role().isTownshipBound()) {
			return new Caller(auth.getName(), new TownshipScope(account.township()));
		}
		return new Caller(auth.getName(), TownshipScope.DISTRICT);
	}

}

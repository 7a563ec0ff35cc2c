package cn.yeji.hazard.security;

import java.util.Optional;

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
		return signedIn()
			.orElseThrow(() -> new IllegalStateException("no signed-in user: a route that reaches a feature must require one"));
	}

	/** The caller, when someone is signed in: for what the sign-in page shares with the others. */
	public Optional<Caller> signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (auth.getPrincipal() instanceof Account account && account.role().isTownshipBound()) {
			return Optional.of(new Caller(auth.getName(), new TownshipScope(account.township())));
		}
		return Optional.of(new Caller(auth.getName(), TownshipScope.DISTRICT));
	}

}

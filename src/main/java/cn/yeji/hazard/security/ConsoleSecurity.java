package cn.yeji.hazard.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The console's pages (中文工作台): form sign-in at {@code /login}, a session cookie, CSRF on every form.
 * Every page is named here with the lowest role that may use it, as the API's endpoints are in
 * {@link SecurityConfiguration}; the navigation ({@link Navigation}) shows a role only these, and
 * {@code AuthorizationMatrixTest} holds both to one table.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	/** A denied page: 404 where nothing is served, else the 403 page (rendered by {@code ConsoleErrors}). */
	private static AccessDeniedHandler denied(BeanFactory beans, AuditFilter audit) {
		return (request, response, ex) -> {
			if (!SecurityConfiguration.servesAnything(beans, request)) {
				response.sendError(404);
				return;
			}
			if (Writes.isWrite(request)) {
				audit.record(TownshipScope.user(), request, 403);
			}
			response.sendError(403);
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http, AuditFilter audit, SignInThrottle throttle, BeanFactory beans)
			throws Exception {
		ConsoleSignIn signIn = new ConsoleSignIn(throttle, audit);
		http.formLogin(form -> form.loginPage("/login").successHandler(signIn).failureHandler(signIn).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.exceptionHandling(e -> e.accessDeniedHandler(denied(beans, audit)))
			.addFilterBefore(signIn.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new IssuedPasswordRedirect(), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(GET, "/login", "/console/**", "/webjars/**", "/favicon.ico").permitAll()
				.requestMatchers("/error").permitAll()
				.requestMatchers(GET, "/").authenticated()
				.requestMatchers(GET, "/account/password").authenticated()
				.requestMatchers(GET, "/notifications").authenticated()
				.requestMatchers(POST, "/notifications/*/read", "/notifications/read-all").authenticated()
				.requestMatchers(POST, "/account/password").authenticated()
				.requestMatchers(GET, "/inspect", "/inspections/*").hasRole(SecurityConfiguration.INSPECTOR)
				.requestMatchers(POST, "/inspect").hasRole(SecurityConfiguration.INSPECTOR)
				.requestMatchers(GET, "/hazards", "/hazards/*", "/hazards/export").hasRole(SecurityConfiguration.INSPECTOR)
				.requestMatchers(POST, "/hazards/*/*").hasRole(SecurityConfiguration.TOWNSHIP)
				.requestMatchers(GET, "/complaints", "/complaints/*").hasRole(SecurityConfiguration.INSPECTOR)
				.requestMatchers(POST, "/complaints", "/complaints/*/verification").hasRole(SecurityConfiguration.TOWNSHIP)
				.requestMatchers(GET, "/activities").hasRole(SecurityConfiguration.TOWNSHIP)
				.requestMatchers(POST, "/activities").hasRole(SecurityConfiguration.TOWNSHIP)
				.requestMatchers(GET, "/compliance", "/compliance/export").hasRole(SecurityConfiguration.DISTRICT)
				.requestMatchers(GET, "/stats", "/stats/export").hasRole(SecurityConfiguration.DISTRICT)
				.requestMatchers(GET, "/facilities/*/edit").hasRole(SecurityConfiguration.TOWNSHIP)
				.requestMatchers(GET, "/facilities", "/facilities/*").hasRole(SecurityConfiguration.INSPECTOR)
				.requestMatchers(POST, "/facilities", "/facilities/import", "/facilities/*").hasRole(SecurityConfiguration.TOWNSHIP)
				.requestMatchers(GET, "/tasks").hasRole(SecurityConfiguration.INSPECTOR)
				.requestMatchers(GET, "/plans", "/plans/*").hasRole(SecurityConfiguration.DISTRICT)
				.requestMatchers(POST, "/plans").hasRole(SecurityConfiguration.DISTRICT)
				.requestMatchers(GET, "/rules", "/rules/*", "/rules/revisions/*").hasRole(SecurityConfiguration.RULES)
				.requestMatchers(POST, "/rules/revision", "/rules/reload", "/rules/rollback", "/rules/revisions",
						"/rules/revisions/*/approve", "/rules/revisions/*/reject")
				.hasRole(SecurityConfiguration.RULES)
				.requestMatchers(GET, "/users").hasRole(SecurityConfiguration.ADMIN)
				.requestMatchers(POST, "/users", "/users/*/enabled", "/users/tokens/*/revocation")
				.hasRole(SecurityConfiguration.ADMIN)
				.anyRequest()
				.denyAll());
		return http.build();
	}

}

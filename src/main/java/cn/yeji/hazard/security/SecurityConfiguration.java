package cn.yeji.hazard.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.system.HazardSettings;

/**
 * Who may call what in the API: stateless, HTTP Basic or an API token. Each endpoint is named here with the
 * lowest role allowed; the role hierarchy lets the roles above in. Anything not named is denied to
 * everyone, so a new endpoint serves nobody until it is given a rule (and {@code AuthorizationMatrixTest}
 * fails until it has a row). The console's pages have a chain of their own ({@link ConsoleSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String INSPECTOR = Role.INSPECTOR.name();

	static final String TOWNSHIP = Role.TOWNSHIP_OFFICER.name();

	static final String DISTRICT = Role.DISTRICT_OFFICER.name();

	static final String RULES = Role.RULE_ADMIN.name();

	static final String ADMIN = Role.ADMIN.name();

	/** What the API chain answers; everything else is the console's (see {@link ConsoleSecurity}). */
	static final String[] API_PATHS = { "/api/**", "/openapi.yaml", "/api.html", "/actuator/**", "/bench/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, UserStore users, JsonMapper json, AuditFilter audit,
			SignInThrottle throttle, BeanFactory beans) throws Exception {
		ProblemWriter problems = new ProblemWriter(json);
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (Writes.isWrite(request) && !SignInFilter.presentsCredentials(request)) {
				audit.record(null, request, 401); // a failed sign-in is recorded by the SignInFilter
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"hazard-judge\"");
			problems.write(request, response, 401, "需要登录：HTTP Basic（用户名和密码）或 Authorization: Bearer <API 令牌>", Map.of());
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> {
			if (!servesAnything(beans, request)) {
				// denied by default because nothing is there: say so, rather than hint that it exists
				problems.write(request, response, 404, "没有这个地址：" + request.getRequestURI(), Map.of());
				return;
			}
			if (Writes.isWrite(request)) {
				audit.record(TownshipScope.user(), request, 403);
			}
			problems.write(request, response, 403, "当前角色无权执行此操作", Map.of());
		};
		http.securityMatcher(API_PATHS)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.addFilterBefore(new SignInFilter(throttle, problems, audit), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(users, unauthorized, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new IssuedPasswordFilter(problems, audit), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(GET, "/openapi.yaml", "/api.html", "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers(POST, "/api/v1/determinations").hasRole(INSPECTOR)
				.requestMatchers(GET, "/api/v1/rules", "/api/v1/observation-codes", "/api/v1/ruleset").hasAnyRole(INSPECTOR, RULES)
				.requestMatchers(POST, "/api/v1/ruleset/reload", "/api/v1/ruleset/validate", "/api/v1/ruleset/rollback",
						"/api/v1/ruleset/revisions", "/api/v1/ruleset/revisions/*/approve", "/api/v1/ruleset/revisions/*/reject")
				.hasRole(RULES)
				.requestMatchers(GET, "/api/v1/ruleset/history", "/api/v1/ruleset/revisions", "/api/v1/ruleset/revisions/*")
				.hasRole(RULES)
				.requestMatchers(POST, "/api/v1/inspections/*/rejudge").hasRole(INSPECTOR)
				.requestMatchers(POST, "/api/v1/inspections").hasRole(INSPECTOR)
				.requestMatchers(GET, "/api/v1/inspections", "/api/v1/inspections/*").hasRole(INSPECTOR)
				.requestMatchers(GET, "/api/v1/hazards", "/api/v1/hazards/export", "/api/v1/hazards/*").hasRole(INSPECTOR)
				.requestMatchers(PUT, "/api/v1/hazards/*/assignment").hasRole(TOWNSHIP)
				.requestMatchers(POST, "/api/v1/hazards/*/transitions", "/api/v1/hazards/*/escalation").hasRole(TOWNSHIP)
				.requestMatchers(POST, "/api/v1/complaints", "/api/v1/complaints/*/verification").hasRole(TOWNSHIP)
				.requestMatchers(GET, "/api/v1/complaints", "/api/v1/complaints/*").hasRole(INSPECTOR)
				.requestMatchers(POST, "/api/v1/activities").hasRole(TOWNSHIP)
				.requestMatchers(GET, "/api/v1/activities").hasRole(DISTRICT)
				.requestMatchers(GET, "/api/v1/stats/**", "/api/v1/compliance", "/api/v1/compliance/export", "/api/v1/audit")
				.hasRole(DISTRICT)
				.requestMatchers(GET, "/api/v1/facilities", "/api/v1/facilities/*").hasRole(INSPECTOR)
				.requestMatchers(POST, "/api/v1/facilities", "/api/v1/facilities/import").hasRole(TOWNSHIP)
				.requestMatchers(PUT, "/api/v1/facilities/*").hasRole(TOWNSHIP)
				.requestMatchers(POST, "/api/v1/plans").hasRole(DISTRICT)
				.requestMatchers(GET, "/api/v1/plans", "/api/v1/plans/*").hasRole(DISTRICT)
				.requestMatchers(GET, "/api/v1/tasks").hasRole(INSPECTOR)
				.requestMatchers(GET, "/api/v1/notifications").authenticated()
				.requestMatchers(POST, "/api/v1/notifications/*/read", "/api/v1/notifications/read-all").authenticated()
				.requestMatchers(GET, "/api/v1/users").hasRole(ADMIN)
				.requestMatchers(POST, "/api/v1/users").hasRole(ADMIN)
				.requestMatchers(PUT, "/api/v1/users/*/enabled").hasRole(ADMIN)
				.requestMatchers(PUT, "/api/v1/users/me/password").authenticated()
				.requestMatchers(POST, "/api/v1/tokens").authenticated()
				.requestMatchers(GET, "/api/v1/tokens").authenticated()
				.requestMatchers(DELETE, "/api/v1/tokens/*").authenticated()
				.requestMatchers(POST, "/bench/echo").hasRole(INSPECTOR)
				.anyRequest()
				.denyAll());
		return http.build();
	}

	/** Whether a controller handles this request's path (with any method). */
	static boolean servesAnything(BeanFactory beans, HttpServletRequest request) {
		// looked up per denial, not injected: the filter chain is built before the MVC mappings
		var mappings = beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		try {
			return mappings.getHandler(request) != null;
		}
		catch (Exception wrongMethodOrMediaType) {
			return true;
		}
	}

	@Bean
	SignInThrottle signInThrottle(HazardSettings settings, java.time.Clock clock) {
		return new SignInThrottle(settings.security().signIn(), clock);
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(UserStore users) {
		return username -> users.find(username)
			.orElseThrow(() -> new org.springframework.security.core.userdetails.UsernameNotFoundException(username));
	}

}

package cn.yeji.hazard.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * A listing filtered by {@code township=} names a township of the district's list: a misspelt one would
 * otherwise answer an empty page, which reads as "nothing there".
 */
@Configuration(proxyBeanMethods = false)
class TownshipParameterCheck implements WebMvcConfigurer, HandlerInterceptor {

	private final Townships townships;

	TownshipParameterCheck(Townships townships) {
		this.townships = townships;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		String township = request.getParameter("township");
		townships.check("township", township).ifPresent(problem -> {
			throw new InvalidRequestException(List.of(problem));
		});
		return true;
	}

}

package cn.yeji.hazard.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.system.HazardSettings;

/**
 * Per-client rate limit on writes: a token bucket of {@code hazard.limits.writes-per-minute}, refilled
 * evenly. Over it, 429 with Retry-After. Judging a determination writes nothing and is not limited.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class WriteRateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 10_000;

	private final int perMinute;

	private final ProblemWriter problems;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	WriteRateLimitFilter(HazardSettings settings, JsonMapper json) {
		this.perMinute = settings.limits().writesPerMinute();
		this.problems = new ProblemWriter(json);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Writes.isWrite(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = TownshipScope.user() != null ? "user:" + TownshipScope.user() : "addr:" + request.getRemoteAddr();
		if (buckets.size() > MAX_CLIENTS) {
			buckets.clear(); // bounded memory whatever the number of addresses; a reset only forgives
		}
		long waitMillis = buckets.computeIfAbsent(client, k -> new Bucket(perMinute)).take(System.nanoTime());
		if (waitMillis > 0) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
			problems.write(request, response, 429, "写入过于频繁：每个用户每分钟最多 " + perMinute + " 次（hazard.limits.writes-per-minute）", Map.of("limit", perMinute));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Holds up to {@code capacity} writes, one more every minute / capacity. */
	private static final class Bucket {

		private final int capacity;

		private final double perNano;

		private double tokens;

		private long last;

		Bucket(int capacity) {
			this.capacity = capacity;
			this.perNano = capacity / 60e9;
			this.tokens = capacity;
			this.last = System.nanoTime();
		}

		/** 0 when a write may go ahead now; otherwise how long until one may, in milliseconds. */
		synchronized long take(long now) {
			tokens = Math.min(capacity, tokens + (now - last) * perNano);
			last = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - tokens) / perNano / 1e6);
		}

	}

}

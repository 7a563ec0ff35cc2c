package cn.yeji.hazard.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.PayloadTooLargeException;
import cn.yeji.hazard.system.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON body over {@code hazard.limits.max-json-bytes} with 413 naming the limit, before any of
 * it is parsed: by its Content-Length when it declares one, and by counting the bytes as they are read
 * when it is chunked. Runs first, ahead of sign-in, so an oversized body costs no password check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemWriter problems;

	BodySizeFilter(HazardSettings settings, JsonMapper json) {
		this.limit = settings.limits().maxJsonBytes();
		this.problems = new ProblemWriter(json);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase().contains("json");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(new Counted(request, limit), response);
	}

	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.write(request, response, 413, Problems.tooLarge(limit),
				Map.of("limit", limit));
	}

	private static final class Counted extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = in.read(buffer, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws PayloadTooLargeException {
			read += n;
			if (read > limit) {
				throw new PayloadTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}

package cn.yeji.hazard.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;

import cn.yeji.hazard.system.Problems;
import tools.jackson.databind.json.JsonMapper;

/** The security filters' handle on {@link Problems}, with the service's JSON mapper. */
final class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String detail,
			Map<String, Object> extra) throws IOException {
		ProblemDetail problem = Problems.of(status, detail);
		extra.forEach(problem::setProperty);
		Problems.write(request, response, problem, json);
	}

}

package cn.yeji.hazard.system;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an error is written (RFC 9457), used by the MVC advice, the security filters and Tomcat's
 * error valve alike. Every problem has a {@code type} of the scheme {@code urn:hazard-judge:problem:<kind>},
 * one kind per status (see {@link #type}), a {@code title} in English (the status), a {@code detail} in
 * Chinese and, for a 400, {@code errors} naming each field.
 */
public final class Problems {

	static final String TYPE_PREFIX = "urn:hazard-judge:problem:";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		typed(problem);
		return problem;
	}

	public static ProblemDetail of(int status, String detail) {
		return of(HttpStatusCode.valueOf(status), detail);
	}

	/** 400 naming every offending field. */
	public static ProblemDetail invalid(List<FieldProblem> problems) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "请求不符合接口约定，共 " + problems.size() + " 处错误，见 errors。");
		problem.setProperty("errors", problems);
		return problem;
	}

	/** The detail of a 413 for a JSON body over the configured limit. */
	public static String tooLarge(long limit) {
		return "请求体超过上限 " + limit + " 字节（hazard.limits.max-json-bytes）";
	}

	/** Gives a problem built elsewhere (Spring's own, {@code about:blank}) the type and title of its status. */
	static void typed(ProblemDetail problem) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(type(problem.getStatus()));
		}
		problem.setTitle(title(problem.getStatus()));
	}

	/** {@code urn:hazard-judge:problem:invalid-request} and the like, one per status. */
	static URI type(int status) {
		String kind = switch (status) {
			case 400 -> "invalid-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "idempotency-key-reused";
			case 429 -> "too-many-requests";
			case 503 -> "database-unavailable";
			default -> status >= 500 ? "server-error" : "client-error";
		};
		return URI.create(TYPE_PREFIX + kind);
	}

	private static String title(int status) {
		if (status == 400) {
			return "Invalid request";
		}
		HttpStatus known = HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

	/** The body as JSON members, in the order the RFC lists them, then the extensions. */
	static Map<String, Object> body(ProblemDetail problem, String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (instance != null) {
			body.put("instance", instance);
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	/** Writes the problem from a filter, where the MVC advice cannot reach. */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
			JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body(problem, request.getRequestURI())));
	}

}

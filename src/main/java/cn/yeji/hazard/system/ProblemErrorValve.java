package cn.yeji.hazard.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests before Spring ever sees them: a request line with raw (not percent-encoded)
 * Chinese, an encoded slash or backslash in the path, a malformed header. Its own error page is an English
 * HTML page; this valve replaces it with the RFC 9457 problem every other error is, in Chinese. Errors
 * Spring has already answered (a body was written) are left alone.
 */
public class ProblemErrorValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		Map<String, Object> body = Problems.body(Problems.of(status, detail(status)), null);
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(body));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot take a body: the status alone has to do
		}
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "请求无法解析：地址中的中文等非 ASCII 字符须按 UTF-8 百分号编码（如“三元镇”写作 %E4%B8%89%E5%85%83%E9%95%87），"
					+ "路径中不能含编码的斜杠（%2F）或反斜杠，百分号后须是两位十六进制数";
			case 404 -> "没有这个地址";
			case 405 -> "此地址不接受这个请求方法";
			case 408 -> "请求超时";
			case 413 -> "请求体过大";
			case 414 -> "地址过长";
			case 431 -> "请求头过大";
			case 505 -> "不支持的 HTTP 版本";
			default -> status >= 500 ? "服务内部错误，已记录日志，请联系管理员。" : "请求无法处理（HTTP " + status + "）";
		};
	}

}

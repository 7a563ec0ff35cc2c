package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;

/**
 * Whatever a client sends, the answer is an RFC 9457 problem that says what is wrong, in Chinese: never
 * Tomcat's HTML page, never a 500, never a 200 for something that was not understood.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleanErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void an_unknown_json_field_is_named_with_its_path() {
		Reply r = new Api(port).post("/api/v1/determinations", """
				{"facility": {"id": "F1", "name": "院", "regionCode": "341504", "township": "三元镇", "bedcount": 3},
				 "inspector": "张三"}""");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("facility.bedcount", "inspector");
		assertThat(r.json().get("errors").findValuesAsString("message")).allMatch(m -> m.contains("不是接口约定的字段"));
	}

	@Test
	void a_type_error_does_not_hide_the_other_errors_of_the_request() {
		Reply r = new Api(port).post("/api/v1/determinations", """
				{"facility": {"id": "F1", "name": "院", "regionCode": "341504", "township": "三元镇", "residentCount": "many",
				              "bedcount": 3},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "Z"}]}""");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("facility.residentCount",
				"facility.bedcount", "buildings[0].dangerousBuildingGrade");
	}

	@Test
	void raw_chinese_in_a_query_string_is_a_problem_that_says_how_to_encode_it() throws IOException {
		String answer = raw("GET /api/v1/hazards?township=三元镇 HTTP/1.1");

		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("application/problem+json").contains("百分号编码").doesNotContain("<html");
	}

	@Test
	void an_encoded_slash_or_backslash_in_the_path_is_a_problem_not_a_tomcat_page() throws IOException {
		for (String path : new String[] { "/api/v1/hazards/1%2F2", "/api/v1/hazards%5C1", "/api/v1/hazards/%2e%2e%2f" }) {
			String answer = raw("GET " + path + " HTTP/1.1");

			assertThat(answer).as(path).startsWith("HTTP/1.1 400");
			assertThat(answer).as(path).contains("application/problem+json").doesNotContain("<html");
		}
	}

	@Test
	void a_query_value_that_cannot_be_decoded_is_400_not_500() throws IOException {
		for (String query : new String[] { "township=%zz", "township=%E4%B8" }) {
			String answer = raw("GET /api/v1/hazards?" + query + " HTTP/1.1");

			assertThat(answer).as(query).startsWith("HTTP/1.1 400").contains("\"field\":\"(query)\"");
		}
	}

	@Test
	void a_file_name_with_nul_is_400_naming_the_files() throws IOException {
		String answer = multipart("""
				------X\r
				Content-Disposition: form-data; name="files"; filename="yeji-341504/a\u0000.drl"\r
				\r
				rule "x" end\r
				------X--\r
				""");

		assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"files\"");
	}

	@Test
	void a_multipart_body_cut_short_or_without_a_boundary_is_400() throws IOException {
		String cut = multipart("------X\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.drl\"\r\n\r\nrule");
		String noBoundary = raw("POST /api/v1/ruleset/validate HTTP/1.1", "Content-Type: multipart/form-data", "abc");

		assertThat(cut).startsWith("HTTP/1.1 400").contains("multipart");
		assertThat(noBoundary).startsWith("HTTP/1.1 400").contains("multipart");
	}

	@Test
	void a_zip_that_is_not_one_is_refused_rather_than_validated_as_nothing() throws IOException {
		String answer = multipart("""
				------X\r
				Content-Disposition: form-data; name="zip"; filename="rules.zip"\r
				\r
				this is not a zip\r
				------X--\r
				""");

		assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"zip\"").contains("不是 zip 包");
		assertThat(answer).doesNotContain("\"valid\":true");
	}

	@Test
	void an_unsupported_content_type_is_a_chinese_problem() throws IOException {
		String answer = raw("POST /api/v1/ruleset/validate HTTP/1.1", "Content-Type: text/plain", "abc");

		assertThat(answer).startsWith("HTTP/1.1 415").contains("application/problem+json").contains("不支持的请求内容类型");
	}

	private String multipart(String body) throws IOException {
		return raw("POST /api/v1/ruleset/validate HTTP/1.1", "Content-Type: multipart/form-data; boundary=----X", body);
	}

	/** Sends bytes exactly as given, which no HTTP client library would. */
	private String raw(String requestLine, String... headerAndBody) throws IOException {
		String body = headerAndBody.length > 1 ? headerAndBody[1] : "";
		byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
			.append("Authorization: ").append(Api.basicHeader("admin", Api.ADMIN_PASSWORD)).append("\r\n");
		if (headerAndBody.length > 0) {
			head.append(headerAndBody[0]).append("\r\nContent-Length: ").append(bodyBytes.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().write(bodyBytes);
			socket.getOutputStream().flush();
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}

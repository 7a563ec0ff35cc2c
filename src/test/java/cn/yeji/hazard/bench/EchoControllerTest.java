package cn.yeji.hazard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
@ActiveProfiles("bench")
@TestPropertySource(properties = "hazard.rules.watch=false")
class EchoControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void under_the_bench_profile_the_echo_endpoint_reads_validates_and_returns_the_request() {
		String body = "{\"facility\": {\"id\": \"F-1\", \"name\": \"测试\", \"regionCode\": \"341504\"}}";

		assertThat(mvc.post().uri("/bench/echo").contentType(MediaType.APPLICATION_JSON).content(body)).hasStatusOk()
			.bodyJson().extractingPath("$.facility.id").isEqualTo("F-1");
		assertThat(mvc.post().uri("/bench/echo").contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(400);
	}

}

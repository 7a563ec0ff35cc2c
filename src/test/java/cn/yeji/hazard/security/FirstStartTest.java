package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.HazardJudgeApplication;
import tools.jackson.databind.JsonNode;

/** A new installation ships no usable default password: the first start prints a one-time one. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	@TempDir
	Path data;

	@Test
	void the_first_start_prints_a_one_time_admin_password_that_must_be_changed_first_and_only_with_itself(CapturedOutput output) {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(HazardJudgeApplication.class).run(
				"--server.port=0", "--hazard.data.dir=" + data, "--hazard.rules.watch=false",
				"--hazard.security.admin-password=")) {
			int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
			Matcher m = Pattern.compile("One-time password: (\\S+)").matcher(output.getAll());
			assertThat(m.find()).as("the log names the one-time password").isTrue();
			String password = m.group(1);
			assertThat(output.getAll()).as("the banner names the console at the address the service listens on")
				.contains("Open the console (中文工作台)", "http://localhost:" + port + "/");

			assertThat(Api.basic(port, "admin", "admin").get("/api/v1/rules").status()).isEqualTo(401);
			var beforeChange = Api.basic(port, "admin", password).get("/api/v1/rules");
			assertThat(beforeChange.status()).as("an issued password does nothing but change itself").isEqualTo(403);
			assertThat(beforeChange.json().get("errors").findValuesAsString("field")).containsExactly("password");
			assertThat(Api.basic(port, "admin", password).post("/api/v1/tokens", "{\"name\": \"early\"}").status())
				.as("nor does it issue a token").isEqualTo(403);
			var withoutCurrent = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"newPassword\": \"a-new-long-password\"}");
			var wrongCurrent = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"guess-guess-guess\", \"newPassword\": \"a-new-long-password\"}");
			var unchanged = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"" + password + "\", \"newPassword\": \"" + password + "\"}");
			assertThat(withoutCurrent.status()).isEqualTo(400);
			assertThat(withoutCurrent.json().get("errors").findValuesAsString("field")).contains("currentPassword");
			assertThat(wrongCurrent.status()).isEqualTo(400);
			assertThat(wrongCurrent.json().get("errors").findValuesAsString("field")).containsExactly("currentPassword");
			assertThat(unchanged.status()).isEqualTo(400);
			assertThat(Api.basic(port, "admin", password).get("/api/v1/rules").status())
				.as("none of the refused changes took effect").isEqualTo(403);
			var changed = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"" + password + "\", \"newPassword\": \"a-new-long-password\"}");
			assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);
			// signing in twice more with the new password: the sign-in cache must not hand out an erased password
			assertThat(Api.basic(port, "admin", "a-new-long-password").get("/api/v1/rules").status()).isEqualTo(200);
			assertThat(Api.basic(port, "admin", password).get("/api/v1/rules").status()).isEqualTo(401);
			assertThat(Api.basic(port, "admin", "a-new-long-password").get("/api/v1/rules").status()).isEqualTo(200);
			var byToken = new Api(port, "admin", "a-new-long-password")
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"a-new-long-password\", \"newPassword\": \"another-long-password\"}");
			assertThat(byToken.status()).as("an API token may not change the password").isEqualTo(403);
			assertThat(Api.basic(port, "admin", "a-new-long-password").get("/api/v1/rules").status()).isEqualTo(200);
		}
	}

	@Test
	void a_password_an_administrator_set_must_be_changed_by_its_owner_first() {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(HazardJudgeApplication.class).run(
				"--server.port=0", "--hazard.data.dir=" + data, "--hazard.rules.watch=false",
				"--hazard.security.admin-password=configured-admin-secret")) {
			int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
			Api admin = Api.basic(port, "admin", "configured-admin-secret");
			assertThat(admin.get("/api/v1/rules").status()).as("a password the operator chose is their own").isEqualTo(200);
			var created = admin.post("/api/v1/users", """
					{"username": "newcomer", "password": "set-by-the-admin-1", "role": "INSPECTOR", "township": "三元镇"}""");
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.json().get("passwordChangeRequired").asBoolean()).isTrue();
			Api issued = Api.basic(port, "newcomer", "set-by-the-admin-1");

			var judged = issued.post("/api/v1/determinations", "{}");
			var recorded = issued.post("/api/v1/inspections", "{}");

			assertThat(judged.status()).isEqualTo(403);
			assertThat(recorded.status()).isEqualTo(403);
			assertThat(recorded.json().get("errors").findValuesAsString("field")).containsExactly("password");
			assertThat(issued.put("/api/v1/users/me/password", """
					{"currentPassword": "set-by-the-admin-1", "newPassword": "chosen-by-me-12"}""").status()).isEqualTo(204);
			assertThat(Api.basic(port, "newcomer", "chosen-by-me-12").get("/api/v1/rules").status()).isEqualTo(200);
			assertThat(admin.get("/api/v1/users").json().findValues("passwordChangeRequired")).extracting(n -> n.asBoolean())
				.containsOnly(false);
			JsonNode refusedWrite = new Api(port, "admin", "configured-admin-secret").get("/api/v1/audit?actor=newcomer").json();
			assertThat(refusedWrite.get("items").findValuesAsString("path")).contains("/api/v1/inspections");
		}
	}

}
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

/** A new installation ships no usable default password: the first start prints a one-time one. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	@TempDir
	Path data;

	@Test
	void the_first_start_prints_a_one_time_admin_password_that_signs_in_and_can_be_changed_only_with_itself(CapturedOutput output) {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(HazardJudgeApplication.class).run(
				"--server.port=0", "--hazard.data.dir=" + data, "--hazard.rules.watch=false",
				"--hazard.security.admin-password=")) {
			int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
			Matcher m = Pattern.compile("One-time password: (\\S+)").matcher(output.getAll());
			assertThat(m.find()).as("the log names the one-time password").isTrue();
			String password = m.group(1);

			assertThat(Api.basic(port, "admin", "admin").get("/api/v1/rules").status()).isEqualTo(401);
			assertThat(Api.basic(port, "admin", password).get("/api/v1/rules").status()).isEqualTo(200);
			var withoutCurrent = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"newPassword\": \"a-new-long-password\"}");
			var wrongCurrent = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"guess-guess-guess\", \"newPassword\": \"a-new-long-password\"}");
			var byToken = new Api(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"" + password + "\", \"newPassword\": \"a-new-long-password\"}");
			assertThat(withoutCurrent.status()).isEqualTo(400);
			assertThat(withoutCurrent.json().get("errors").findValuesAsString("field")).contains("currentPassword");
			assertThat(wrongCurrent.status()).isEqualTo(400);
			assertThat(wrongCurrent.json().get("errors").findValuesAsString("field")).containsExactly("currentPassword");
			assertThat(byToken.status()).as("an API token may not change the password").isEqualTo(403);
			assertThat(Api.basic(port, "admin", password).get("/api/v1/rules").status())
				.as("none of the refused changes took effect").isEqualTo(200);
			var changed = Api.basic(port, "admin", password)
				.put("/api/v1/users/me/password", "{\"currentPassword\": \"" + password + "\", \"newPassword\": \"a-new-long-password\"}");
			assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);
			// signing in twice more with the new password: the sign-in cache must not hand out an erased password
			assertThat(Api.basic(port, "admin", "a-new-long-password").get("/api/v1/rules").status()).isEqualTo(200);
			assertThat(Api.basic(port, "admin", password).get("/api/v1/rules").status()).isEqualTo(401);
			assertThat(Api.basic(port, "admin", "a-new-long-password").get("/api/v1/rules").status()).isEqualTo(200);

			// a user who leaves is disabled: password and API token stop working at once
			Api admin = Api.basic(port, "admin", "a-new-long-password");
			assertThat(admin.post("/api/v1/users", """
					{"username": "leaver", "password": "leaver-password-1", "role": "INSPECTOR", "township": "三元镇"}""").status())
				.isEqualTo(201);
			Api token = new Api(port, "leaver", "leaver-password-1");
			assertThat(token.get("/api/v1/rules").status()).isEqualTo(200);
			assertThat(admin.put("/api/v1/users/leaver/enabled", "{\"enabled\": false}").status()).isEqualTo(200);
			assertThat(token.get("/api/v1/rules").status()).isEqualTo(401);
			assertThat(Api.basic(port, "leaver", "leaver-password-1").get("/api/v1/rules").status()).isEqualTo(401);
			assertThat(admin.put("/api/v1/users/admin/enabled", "{\"enabled\": false}").status()).isEqualTo(409);
		}
	}

}

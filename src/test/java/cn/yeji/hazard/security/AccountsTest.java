package cn.yeji.hazard.security;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;

/** API tokens are listed, revoked one by one, expire, and stay dead; failed sign-ins are throttled and audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	String user;

	@BeforeEach
	void aUser() {
		admin = new Api(port);
		user = TestUsers.create(admin, "INSPECTOR", "三元镇");
	}

	@Test
	void tokens_are_listed_without_their_secret_and_revoked_one_by_one() {
		Reply first = me().post("/api/v1/tokens", "{\"name\": \"平板\"}");
		Reply second = me().post("/api/v1/tokens", "{\"name\": \"同步脚本\", \"expiresInDays\": 7}");
		long firstId = first.json().get("id").asLong();

		Reply revoked = me().send("DELETE", "/api/v1/tokens/" + firstId, null);

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(bearer(first).get("/api/v1/rules").status()).as("the revoked token").isEqualTo(401);
		assertThat(bearer(second).get("/api/v1/rules").status()).as("the other token").isEqualTo(200);
		JsonNode listed = me().get("/api/v1/tokens").json();
		assertThat(listed.findValuesAsString("name")).containsExactly("同步脚本", "平板");
		assertThat(listed.findValuesAsString("status")).containsExactly("ACTIVE", "REVOKED");
		assertThat(listed.toString()).doesNotContain(first.json().get("token").asString());
		assertThat(second.json().get("expiresAt").asString()).isNotBlank();
		assertThat(me().send("DELETE", "/api/v1/tokens/" + firstId, null).status()).as("revoking twice").isEqualTo(204);
	}

	@Test
	void a_password_change_names_every_problem_at_once() {
		// when the current password is wrong and the new one is the same as the one given as current
		Reply refused = me().put("/api/v1/users/me/password",
				"{\"currentPassword\": \"not-my-password\", \"newPassword\": \"not-my-password\"}");

		// then one answer names both, not the first it met
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("currentPassword",
				"newPassword");
		// and the password is unchanged
		assertThat(me().get("/api/v1/rules").status()).isEqualTo(200);
	}

	@Test
	void another_users_token_is_neither_listed_nor_revoked_but_an_admin_may_do_both() {
		long id = me().post("/api/v1/tokens", "{\"name\": \"平板\"}").json().get("id").asLong();
		String other = TestUsers.create(admin, "INSPECTOR", "三元镇");
		Api stranger = Api.basic(port, other, PASSWORD);

		Reply strangerList = stranger.get("/api/v1/tokens?username=" + user);
		Reply strangerRevoke = stranger.send("DELETE", "/api/v1/tokens/" + id, null);

		assertThat(strangerList.status()).isEqualTo(403);
		assertThat(strangerList.json().get("errors").findValuesAsString("field")).containsExactly("username");
		assertThat(strangerRevoke.status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/tokens?username=" + user).json().findValuesAsString("status")).containsExactly("ACTIVE");
		assertThat(admin.send("DELETE", "/api/v1/tokens/" + id, null).status()).isEqualTo(204);
		assertThat(admin.get("/api/v1/tokens?username=" + user).json().findValuesAsString("status")).containsExactly("REVOKED");
	}

	@Test
	void a_disabled_users_tokens_stay_dead_when_the_user_is_enabled_again() {
		Reply token = me().post("/api/v1/tokens", "{\"name\": \"平板\"}");
		assertThat(bearer(token).get("/api/v1/rules").status()).isEqualTo(200);

		assertThat(admin.put("/api/v1/users/" + user + "/enabled", "{\"enabled\": false}").status()).isEqualTo(200);
		assertThat(bearer(token).get("/api/v1/rules").status()).isEqualTo(401);
		assertThat(me().get("/api/v1/rules").status()).isEqualTo(401);
		assertThat(admin.put("/api/v1/users/" + user + "/enabled", "{\"enabled\": true}").status()).isEqualTo(200);

		assertThat(me().get("/api/v1/rules").status()).as("the password works again").isEqualTo(200);
		assertThat(bearer(token).get("/api/v1/rules").status()).as("the token does not").isEqualTo(401);
		assertThat(me().get("/api/v1/tokens").json().findValuesAsString("status")).containsExactly("REVOKED");
	}

	@Test
	void an_expired_token_no_longer_signs_in() {
		Reply token = me().post("/api/v1/tokens", "{\"name\": \"临时\", \"expiresInDays\": 1}");
		jdbc.sql("UPDATE api_token SET expires_at = created_at - INTERVAL '1' DAY WHERE id = :id")
			.param("id", token.json().get("id").asLong())
			.update();

		assertThat(bearer(token).get("/api/v1/rules").status()).isEqualTo(401);
		assertThat(me().get("/api/v1/tokens").json().findValuesAsString("status")).containsExactly("EXPIRED");
		Reply tooLong = me().post("/api/v1/tokens", "{\"name\": \"永久\", \"expiresInDays\": 3650}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").findValuesAsString("field")).containsExactly("expiresInDays");
	}

	@Test
	void five_wrong_passwords_lock_the_user_name_even_for_the_right_one_and_are_audited() {
		for (int i = 0; i < 5; i++) {
			assertThat(Api.basic(port, user, "wrong-guess-" + i).get("/api/v1/rules").status()).isEqualTo(401);
		}

		Reply locked = me().get("/api/v1/rules");

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.raw().headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
		assertThat(locked.json().get("detail").asString()).contains("登录失败次数过多");
		assertThat(admin.get("/api/v1/rules").status()).as("other users from the same address").isEqualTo(200);
		JsonNode audit = admin.get("/api/v1/audit?actor=" + user + "&size=50").json();
		assertThat(audit.get("items").findValues("status")).extracting(JsonNode::asInt).contains(429)
			.filteredOn(s -> s == 401).hasSize(5);
		assertThat(audit.get("items").findValuesAsString("method")).contains("GET");
	}

	private Api me() {
		return Api.basic(port, user, PASSWORD);
	}

	private Api bearer(Reply token) {
		return Api.bearer(port, token.json().get("token").asString());
	}

}

package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Browser;
import cn.yeji.hazard.ConsoleTest;

/** The administrator's users page in a real browser: creating, disabling, and revoking API tokens. */
@ConsoleTest
class UsersConsoleTest {

	private static final String ISSUED = "issued-password-1";

	@LocalServerPort
	int port;

	Browser admin;

	@BeforeEach
	void admin(Browser browser) {
		admin = browser;
		admin.signIn("admin", Api.ADMIN_PASSWORD);
	}

	@Test
	void an_inspector_created_here_must_change_the_issued_password_and_cannot_sign_in_once_disabled() {
		assertThat(admin.page()).as("the administrator's home").isEqualTo("users");
		String user = name("insp");

		// when the administrator creates an inspector for 三元镇
		admin.type("username", user).type("password", ISSUED).select("role", "INSPECTOR").select("township", "三元镇")
			.press("创建用户");

		// then they are listed with their role in words, their township and a password still to change
		assertThat(admin.page()).isEqualTo("users");
		assertThat(admin.one(".notice").getText()).contains(user);
		assertThat(row(user).getText()).contains("检查人员", "三元镇", "启用", "是");
		assertThat(row(user).getAttribute("data-enabled")).isEqualTo("true");

		// and the new user, signing in, must change the password before anything else
		try (Browser newcomer = Browser.open(port)) {
			newcomer.signIn(user, ISSUED);
			assertThat(newcomer.page()).isEqualTo("password");
			newcomer.type("currentPassword", ISSUED).type("newPassword", "own-password-12").type("confirmPassword", "own-password-12")
				.press("修改密码");
			assertThat(newcomer.page()).isEqualTo("inspect");
			admin.get("/users");
			assertThat(row(user).findElement(By.cssSelector("[data-password-issued]")).getText()).isEqualTo("否");

			// when the administrator disables them
			admin.navigating(() -> admin.click(row(user).findElement(By.tagName("button"))));

			// then they are marked so, and can no longer sign in
			assertThat(row(user).getAttribute("data-enabled")).isEqualTo("false");
			assertThat(row(user).getText()).contains("已停用");
			newcomer.press("退出").signIn(user, "own-password-12");
			assertThat(newcomer.page()).isEqualTo("login");
			assertThat(newcomer.all("[data-error-summary]")).hasSize(1);
			newcomer.assertNoJsErrors();
		}
		admin.screenshot("users");
		admin.size(Browser.PHONE).screenshot("users-phone");
		admin.assertNoJsErrors();
	}

	@Test
	void a_bad_new_user_is_shown_again_with_each_problem_beside_its_control() {
		// a name with a space and a short password
		admin.type("username", "a b").type("password", "short").select("role", "INSPECTOR").press("创建用户");

		assertThat(admin.page()).isEqualTo("users");
		assertThat(admin.errorBeside("username")).contains("3 到 64");
		assertThat(admin.errorBeside("password")).contains("12");
		assertThat(admin.all("[data-error-summary] a")).hasSize(2);
		assertThat(admin.all("[data-error-summary] a")).extracting(a -> a.getText().substring(0, a.getText().indexOf('：')))
			.as("the summary names each control in Chinese").containsExactlyInAnyOrder("用户名", "密码");
		assertThat(admin.control("username").getAttribute("value")).as("what was typed is kept").isEqualTo("a b");
		assertThat(admin.control("role").getAttribute("value")).isEqualTo("INSPECTOR");

		// an inspector without a township
		admin.type("username", name("insp")).type("password", ISSUED).press("创建用户");

		assertThat(admin.errorBeside("township")).isEqualTo("检查人员和乡镇（街道）工作人员须指定所属乡镇（街道）");
		assertThat(admin.errorBeside("username")).isNull();

		// a name that is taken
		admin.type("username", "admin").select("role", "DISTRICT_OFFICER").press("创建用户");

		assertThat(admin.errorBeside("username")).isEqualTo("用户 admin 已存在");
		assertThat(admin.all("[data-user='admin']")).hasSize(1);
		admin.assertNoJsErrors();
	}

	@Test
	void a_token_created_through_the_api_is_listed_with_its_state_and_revoked_here() {
		String officer = name("town");
		new Api(port).createUser(officer, "officer-password-1", "TOWNSHIP_OFFICER", "孙岗乡");
		Api.Reply created = Api.basic(port, officer, "officer-password-1").post("/api/v1/tokens", "{\"name\": \"数据上报客户端\"}");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String token = created.json().get("token").asString();

		admin.get("/users");
		WebElement listed = admin.one("[data-token='" + id + "']");
		assertThat(listed.getAttribute("data-token-status")).isEqualTo("ACTIVE");
		assertThat(listed.getText()).contains(officer, "数据上报客户端", "有效");

		admin.navigating(() -> admin.click(admin.one("[data-token='" + id + "'] button")));

		assertThat(admin.one("[data-token='" + id + "']").getAttribute("data-token-status")).isEqualTo("REVOKED");
		assertThat(admin.one("[data-token='" + id + "']").getText()).contains("已吊销");
		assertThat(admin.all("[data-token='" + id + "'] button")).as("nothing left to revoke").isEmpty();
		assertThat(Api.bearer(port, token).get("/api/v1/rules").status()).isEqualTo(401);
		assertThat(admin.all("[data-user='admin'] button")).as("an administrator cannot disable themself").isEmpty();
		admin.assertNoJsErrors();
	}

	@Test
	void only_an_administrator_may_open_the_users_page() {
		String inspector = name("insp");
		String ruleAdmin = name("rules");
		new Api(port).createUser(inspector, "inspector-password-1", "INSPECTOR", "三元镇");
		new Api(port).createUser(ruleAdmin, "rule-admin-password-1", "RULE_ADMIN", null);

		for (String[] who : new String[][] { { inspector, "inspector-password-1" }, { ruleAdmin, "rule-admin-password-1" } }) {
			try (Browser other = Browser.open(port)) {
				other.signIn(who[0], who[1]).get("/users");

				assertThat(other.page()).as(who[0]).isEqualTo("error-403");
				assertThat(other.all("nav a[href='/users']")).as("not offered in the navigation").isEmpty();
			}
		}
	}

	private WebElement row(String username) {
		return admin.one("[data-user='" + username + "']");
	}

	private static String name(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

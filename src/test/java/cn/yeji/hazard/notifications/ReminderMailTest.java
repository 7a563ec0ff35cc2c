package cn.yeji.hazard.notifications;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.HazardJudgeApplication;
import cn.yeji.hazard.TestRules;

/** E-mail copies of reminders, through a real SMTP server in the test (GreenMail): only when switched on. */
class ReminderMailTest {

	private static final String ADDRESS = "tw-mail@yeji.test";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	Path tmp;

	@Test
	void with_mail_on_a_near_deadline_is_mailed_once_to_the_officer_with_an_address() throws Exception {
		try (ConfigurableApplicationContext service = start(true)) {
			long hazard = nearDeadline(service);

			List<MimeMessage> mails = List.of(smtp.getReceivedMessages());
			List<MimeMessage> deadline = mails.stream().filter(m -> subject(m).contains("整改期限将至")).toList();
			assertThat(deadline).singleElement().satisfies(m -> {
				assertThat(recipients(m)).containsExactly(ADDRESS);
				assertThat(GreenMailUtil.getBody(m)).isNotBlank();
				assertThat(decodedBody(m)).contains("整改期限 2026-03-20", "/hazards/" + hazard);
			});
			assertThat(mails).allSatisfy(m -> assertThat(recipients(m)).as("only the officer with an address on file")
				.containsExactly(ADDRESS));
		}
	}

	@Test
	void with_mail_off_nothing_is_mailed_though_a_server_is_configured() throws Exception {
		try (ConfigurableApplicationContext service = start(false)) {
			nearDeadline(service);

			assertThat(smtp.getReceivedMessages()).isEmpty();
			assertThat(RemindersTest.inbox(port(service), "tw-mail", PASSWORD))
				.anySatisfy(n -> assertThat(n.get("kind").asString()).isEqualTo("DEADLINE_NEAR"));
		}
	}

	/** Two 三元镇 officers, one with an address; an entry due 2026-03-20, scanned three days before, twice. */
	private static long nearDeadline(ConfigurableApplicationContext service) {
		Api admin = new Api(port(service));
		admin.post("/api/v1/users", """
				{"username": "tw-mail", "password": "%s-issued", "role": "TOWNSHIP_OFFICER", "township": "三元镇",
				 "email": "%s"}""".formatted(PASSWORD, ADDRESS));
		Api.basic(port(service), "tw-mail", PASSWORD + "-issued").put("/api/v1/users/me/password",
				"{\"currentPassword\": \"%s-issued\", \"newPassword\": \"%s\"}".formatted(PASSWORD, PASSWORD));
		admin.createUser("tw-nomail", PASSWORD, "TOWNSHIP_OFFICER", "三元镇");
		long hazard = RemindersTest.hazardWithDeadline(admin, "三元镇", "2026-03-02", "2026-03-20");
		ReminderScan scan = service.getBean(ReminderScan.class);
		scan.scan(LocalDate.parse("2026-03-17"));
		scan.scan(LocalDate.parse("2026-03-17"));
		return hazard;
	}

	private ConfigurableApplicationContext start(boolean mail) throws IOException {
		Path examples = Files.createDirectories(tmp.resolve("examples"));
		return new SpringApplicationBuilder(HazardJudgeApplication.class).run("--server.port=0",
				"--hazard.rules.dir=" + TestRules.copyOfShippedRules(tmp.resolve("rules")),
				"--hazard.examples.dir=" + examples, "--hazard.rules.watch=false", "--hazard.data.dir=" + tmp.resolve("data"),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--hazard.notifications.mail.enabled=" + mail);
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decodedBody(MimeMessage m) {
		try {
			return String.valueOf(m.getContent());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> recipients(MimeMessage m) {
		try {
			return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int port(ConfigurableApplicationContext service) {
		return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
	}

}

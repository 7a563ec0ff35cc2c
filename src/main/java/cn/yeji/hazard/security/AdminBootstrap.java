package cn.yeji.hazard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.yeji.hazard.system.HazardSettings;

/**
 * The service ships no usable default password. On the first start (no users yet) it creates the user
 * {@code admin}, with the password from {@code hazard.security.admin-password} when set, or a random
 * one printed once to the log, to be changed with PUT /api/v1/users/me/password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserStore users;

	private final PasswordEncoder encoder;

	private final String configured;

	private final Environment environment;

	AdminBootstrap(UserStore users, PasswordEncoder encoder, HazardSettings settings, Environment environment) {
		this.users = users;
		this.encoder = encoder;
		this.configured = settings.security().adminPassword();
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		boolean generated = configured.isBlank();
		String password = generated ? Tokens.newPassword() : configured;
		try {
			// a generated password was seen by whoever read the log: it must be replaced before anything else;
			// one the operator configured is their own choice
			users.create("admin", encoder.encode(password), Role.ADMIN, null, generated);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return; // another instance on the same database created it first
		}
		if (generated) {
			// runners run once the server listens, so its port is known (a random one in tests)
			String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
			log.warn("""

					============================================================
					 First start: created user 'admin' (role ADMIN).
					 One-time password: {}
					 It is shown only now. Open the console (中文工作台) at this
					 service's address, e.g. http://localhost:{}/ , sign in as admin
					 and change it there (or PUT /api/v1/users/me/password);
					 nothing else works until then.
					============================================================""", password, port);
		}
		else {
			log.info("First start: created user 'admin' with the password from hazard.security.admin-password");
		}
	}

}

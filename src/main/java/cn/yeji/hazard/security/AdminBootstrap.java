package cn.yeji.hazard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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

	AdminBootstrap(UserStore users, PasswordEncoder encoder, HazardSettings settings) {
		this.users = users;
		this.encoder = encoder;
		this.configured = settings.security().adminPassword();
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
			log.warn("""

					============================================================
					 First start: created user 'admin' (role ADMIN).
					 One-time password: {}
					 It is shown only now. Sign in with HTTP Basic and change it;
					 nothing else works until then: PUT /api/v1/users/me/password
					============================================================""", password);
		}
		else {
			log.info("First start: created user 'admin' with the password from hazard.security.admin-password");
		}
	}

}

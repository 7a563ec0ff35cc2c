package cn.yeji.hazard.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import cn.yeji.hazard.Api;

/** Users a console test signs in as: a new one each time, so tests sharing a database never meet. */
final class ConsoleUsers {

	static final String PASSWORD = "officer-password-1";

	private ConsoleUsers() {
	}

	/** A user of {@code role} ({@code township} null for the district) with {@link #PASSWORD}; its name. */
	static String create(Api admin, String role, String township) {
		String name = role.toLowerCase(Locale.ROOT).substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.createUser(name, PASSWORD, role, township).status()).isEqualTo(201);
		return name;
	}

}

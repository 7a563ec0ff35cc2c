package cn.yeji.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;


/**
 * The users tests sign in as, and their one password: a new user each time, so tests sharing a database
 * never meet.
 */
public final class TestUsers {

	public static final String PASSWORD = "officer-password-1";

	private TestUsers() {
	}

	/** A user of {@code role} ({@code township} null for the district) with {@link #PASSWORD}; its name. */
	public static String create(Api admin, String role, String township) {
		String name = role.toLowerCase(Locale.ROOT).substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.createUser(name, PASSWORD, role, township).status()).isEqualTo(201);
		return name;
	}

}

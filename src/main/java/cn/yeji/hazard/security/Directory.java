package cn.yeji.hazard.security;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** Who the service's users are, for features that name them (a plan's inspectors, a notification's recipients). */
@Service
public class Directory {

	private final UserStore users;

	Directory(UserStore users) {
		this.users = users;
	}

	/** An enabled or disabled account by name; empty when there is no such user. */
	public Optional<Account> account(String username) {
		return users.find(username);
	}

	/** The enabled accounts of a role, in a township ({@code null}: of any). */
	public java.util.List<Account> withRole(Role role, String township) {
		return users.all().stream()
			.filter(a -> a.isEnabled() && a.role() == role && (township == null || township.equals(a.township())))
			.toList();
	}

	/** The user's e-mail address on file, if any. */
	public Optional<String> email(String username) {
		return users.email(username);
	}

}

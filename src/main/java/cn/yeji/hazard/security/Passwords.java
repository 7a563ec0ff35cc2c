package cn.yeji.hazard.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;

/** Changing one's own password, the same way from the API and from the console. */
@Service
class Passwords {

	/** As the API's schema says for {@code newPassword}. */
	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final UserStore users;

	private final PasswordEncoder encoder;

	Passwords(UserStore users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	/** @throws InvalidRequestException naming {@code currentPassword} and {@code newPassword}, every problem at once */
	void change(String username, String currentPassword, String newPassword) {
		change(username, currentPassword, newPassword, List.of());
	}

	/**
	 * As {@link #change(String, String, String)}, with the problems a form found beside the API's fields (the
	 * confirmation that does not match), so that one answer names them all.
	 */
	void change(String username, String currentPassword, String newPassword, List<FieldProblem> alsoFound) {
		List<FieldProblem> problems = new ArrayList<>();
		String hash = users.find(username).map(Account::getPassword).orElse(null);
		if (hash == null || currentPassword == null || !encoder.matches(currentPassword, hash)) {
			problems.add(new FieldProblem("currentPassword", null, "当前密码不正确"));
		}
		if (newPassword == null || newPassword.length() < MIN_LENGTH || newPassword.length() > MAX_LENGTH) {
			problems.add(new FieldProblem("newPassword", null, "长度须在 " + MIN_LENGTH + " 到 " + MAX_LENGTH + " 之间"));
		}
		else if (newPassword.equals(currentPassword)) {
			problems.add(new FieldProblem("newPassword", null, "新密码不得与当前密码相同"));
		}
		problems.addAll(alsoFound);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		users.setPassword(username, encoder.encode(newPassword));
	}

}

package cn.yeji.hazard.security;

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

	/** @throws InvalidRequestException naming {@code currentPassword} or {@code newPassword} */
	void change(String username, String currentPassword, String newPassword) {
		String hash = users.find(username).map(Account::getPassword).orElse(null);
		if (hash == null || currentPassword == null || !encoder.matches(currentPassword, hash)) {
			throw new InvalidRequestException(List.of(new FieldProblem("currentPassword", null, "当前密码不正确")));
		}
		if (newPassword == null || newPassword.length() < MIN_LENGTH || newPassword.length() > MAX_LENGTH) {
			throw new InvalidRequestException(List.of(new FieldProblem("newPassword", null,
					"长度须在 " + MIN_LENGTH + " 到 " + MAX_LENGTH + " 之间")));
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidRequestException(List.of(new FieldProblem("newPassword", null, "新密码不得与当前密码相同")));
		}
		users.setPassword(username, encoder.encode(newPassword));
	}

}

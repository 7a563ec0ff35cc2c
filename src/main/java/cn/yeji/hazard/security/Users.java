package cn.yeji.hazard.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.yeji.hazard.api.model.NewUserDto;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;

/**
 * The administrator's work on accounts, for the API and the users page alike: creating a user with an issued
 * password, enabling and disabling, and every user's API tokens with their state.
 */
@Service
class Users {

	/** A token's state as a listing shows it. */
	enum TokenStatus {
		ACTIVE, EXPIRED, REVOKED
	}

	private final UserStore users;

	private final PasswordEncoder encoder;

	private final Townships townships;

	private final Clock clock;

	Users(UserStore users, PasswordEncoder encoder, Townships townships, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.townships = townships;
		this.clock = clock;
	}

	/**
	 * Creates the user; the administrator chose the password, so its owner must replace it before anything
	 * else works.
	 * @throws InvalidRequestException when a township-bound role has no township, or one not on the district's list
	 * @throws ConflictException when the username is taken
	 */
	Account create(NewUserDto request) {
		Role role = Role.valueOf(request.getRole().getValue());
		String township = request.getTownship() == null || request.getTownship().isBlank() ? null : request.getTownship();
		if (role.isTownshipBound() && township == null) {
			throw new InvalidRequestException(List.of(new FieldProblem("township", request.getTownship(),
					"检查人员和乡镇（街道）工作人员须指定所属乡镇（街道）")));
		}
		townships.check("township", township).ifPresent(problem -> {
			throw new InvalidRequestException(List.of(problem));
		});
		try {
			users.create(request.getUsername(), encoder.encode(request.getPassword()), role, township, true);
			if (request.getEmail() != null && !request.getEmail().isBlank()) {
				users.setEmail(request.getUsername(), request.getEmail());
			}
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("用户 " + request.getUsername() + " 已存在");
		}
		return users.find(request.getUsername()).orElseThrow();
	}

	/**
	 * Disabling revokes the user's tokens for good.
	 * @throws ConflictException when the signed-in administrator would disable themself
	 * @throws NotFoundException when there is no such user
	 */
	Account setEnabled(String username, boolean enabled) {
		if (username.equals(TownshipScope.user()) && !enabled) {
			throw new ConflictException("不能停用自己的账号");
		}
		if (!users.setEnabled(username, enabled)) {
			throw new NotFoundException("用户", username);
		}
		return users.find(username).orElseThrow();
	}

	List<Account> all() {
		return users.all();
	}

	/** Every user's tokens, newest first. */
	List<UserStore.TokenRow> allTokens() {
		return users.allTokens();
	}

	TokenStatus status(UserStore.TokenRow token) {
		return token.revokedAt() != null ? TokenStatus.REVOKED
				: token.expiresAt().isAfter(OffsetDateTime.now(clock)) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
	}

	/**
	 * Revokes a token of the caller's own, or any token for an administrator; another user's token is answered
	 * as if it did not exist, so its number tells nothing.
	 * @throws NotFoundException when there is no such token the caller may revoke
	 */
	void revoke(long id) {
		var token = users.token(id).filter(t -> t.username().equals(TownshipScope.user()) || isAdmin())
			.orElseThrow(() -> new NotFoundException("API 令牌", id));
		users.revoke(token.id());
	}

	static boolean isAdmin() {
		Account account = Navigation.account();
		return account != null && account.role() == Role.ADMIN;
	}

}

package cn.yeji.hazard.security;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.SecurityApi;
import cn.yeji.hazard.api.model.AuditEntryDto;
import cn.yeji.hazard.api.model.AuditPageDto;
import cn.yeji.hazard.api.model.NewUserDto;
import cn.yeji.hazard.api.model.PasswordChangeDto;
import cn.yeji.hazard.api.model.RoleDto;
import cn.yeji.hazard.api.model.TokenDto;
import cn.yeji.hazard.api.model.TokenInfoDto;
import cn.yeji.hazard.api.model.TokenRequestDto;
import cn.yeji.hazard.api.model.UserEnabledDto;
import cn.yeji.hazard.api.model.UserDto;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.ForbiddenException;

/** Users, API tokens and the audit log, as the OpenAPI document declares them. */
@RestController
class SecurityController implements SecurityApi {

	private final UserStore users;

	private final AuditStore audit;

	private final Clock clock;

	private final Passwords passwords;

	private final Users accounts;

	SecurityController(UserStore users, AuditStore audit, Clock clock, Passwords passwords, Users accounts) {
		this.passwords = passwords;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.accounts = accounts;
	}

	@Override
	public ResponseEntity<List<UserDto>> listUsers() {
		return ResponseEntity.ok(accounts.all().stream().map(SecurityController::view).toList());
	}

	@Override
	public ResponseEntity<UserDto> createUser(NewUserDto request) {
		return ResponseEntity.created(URI.create("/api/v1/users")).body(view(accounts.create(request)));
	}

	@Override
	public ResponseEntity<UserDto> setUserEnabled(String username, UserEnabledDto request) {
		return ResponseEntity.ok(view(accounts.setEnabled(username, request.getEnabled())));
	}

	@Override
	public ResponseEntity<Void> changeMyPassword(PasswordChangeDto request) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && BearerTokenFilter.SIGNED_IN_BY_TOKEN.equals(auth.getDetails())) {
			// a leaked token must not become the account: the password is changed only by who knows it
			throw new ForbiddenException(new FieldProblem("Authorization", "Bearer",
					"API 令牌不能修改密码，请用用户名和当前密码登录后修改"));
		}
		passwords.change(TownshipScope.user(), request.getCurrentPassword(), request.getNewPassword());
		return ResponseEntity.noContent().build();
	}

	@Override
	public ResponseEntity<TokenDto> createToken(TokenRequestDto request) {
		String token = Tokens.newToken();
		int days = request.getExpiresInDays() == null ? Tokens.DEFAULT_DAYS : request.getExpiresInDays();
		OffsetDateTime expiresAt = OffsetDateTime.now(clock).plusDays(days);
		long id = users.addToken(Tokens.hash(token), TownshipScope.user(), request.getName(), expiresAt);
		return ResponseEntity.status(201).body(new TokenDto(token, request.getName(), id, expiresAt));
	}

	@Override
	public ResponseEntity<List<TokenInfoDto>> listTokens(String username) {
		String whose = username == null || username.isBlank() ? TownshipScope.user() : username;
		if (!whose.equals(TownshipScope.user()) && !Users.isAdmin()) {
			throw new ForbiddenException(new FieldProblem("username", username, "只有系统管理员可以查看他人的 API 令牌"));
		}
		return ResponseEntity.ok(users.tokensOf(whose).stream().map(this::view).toList());
	}

	@Override
	public ResponseEntity<Void> revokeToken(Long id) {
		accounts.revoke(id);
		return ResponseEntity.noContent().build();
	}

	private TokenInfoDto view(UserStore.TokenRow t) {
		return new TokenInfoDto(t.id(), t.username(), t.name(), t.createdAt(), t.expiresAt(),
				TokenInfoDto.StatusEnum.fromValue(accounts.status(t).name())).revokedAt(t.revokedAt());
	}

	@Override
	public ResponseEntity<AuditPageDto> listAudit(String actor, LocalDate from, LocalDate to, Integer page, Integer size) {
		var entries = audit.page(actor, from, to, clock.getZone(), page, size);
		List<AuditEntryDto> items = entries.items()
			.stream()
			.map(e -> new AuditEntryDto(e.id(), e.at(), e.method(), e.path(), e.status()).actor(e.actor())
				.remoteAddr(e.remoteAddr()))
			.toList();
		return ResponseEntity.ok(new AuditPageDto(page, size, entries.total(), items));
	}

	private static UserDto view(Account a) {
		return new UserDto(a.getUsername(), RoleDto.fromValue(a.role().name()), a.isEnabled()).township(a.township())
			.passwordChangeRequired(a.passwordIssued());
	}

}

package cn.yeji.hazard.security;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;

/** Users, API tokens and the audit log, as the OpenAPI document declares them. */
@RestController
class SecurityController implements SecurityApi {

	private final UserStore users;

	private final AuditStore audit;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final RulesetHolder rulesets;

	private final Passwords passwords;

	SecurityController(UserStore users, AuditStore audit, PasswordEncoder encoder, Clock clock, RulesetHolder rulesets,
			Passwords passwords) {
		this.rulesets = rulesets;
		this.passwords = passwords;
		this.users = users;
		this.audit = audit;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	public ResponseEntity<List<UserDto>> listUsers() {
		return ResponseEntity.ok(users.all().stream().map(SecurityController::view).toList());
	}

	@Override
	public ResponseEntity<UserDto> createUser(NewUserDto request) {
		Role role = Role.valueOf(request.getRole().getValue());
		String township = request.getTownship() == null || request.getTownship().isBlank() ? null : request.getTownship();
		if (role.isTownshipBound() && township == null) {
			throw new InvalidRequestException(List.of(new FieldProblem("township", request.getTownship(),
					"检查人员和乡镇（街道）工作人员须指定所属乡镇（街道）")));
		}
		rulesets.current().district().flatMap(d -> d.check("township", township)).ifPresent(problem -> {
			throw new InvalidRequestException(List.of(problem));
		});
		try {
			// the administrator chose this password, so its owner must replace it before anything else
			users.create(request.getUsername(), encoder.encode(request.getPassword()), role, township, true);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("用户 " + request.getUsername() + " 已存在");
		}
		return ResponseEntity.created(URI.create("/api/v1/users"))
			.body(view(users.find(request.getUsername()).orElseThrow()));
	}

	@Override
	public ResponseEntity<UserDto> setUserEnabled(String username, UserEnabledDto request) {
		if (username.equals(Scope.user()) && !request.getEnabled()) {
			throw new ConflictException("不能停用自己的账号");
		}
		if (!users.setEnabled(username, request.getEnabled())) {
			throw new NotFoundException("用户", username);
		}
		return ResponseEntity.ok(view(users.find(username).orElseThrow()));
	}

	@Override
	public ResponseEntity<Void> changeMyPassword(PasswordChangeDto request) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && BearerTokenFilter.SIGNED_IN_BY_TOKEN.equals(auth.getDetails())) {
			// a leaked token must not become the account: the password is changed only by who knows it
			throw new ForbiddenException(new FieldProblem("Authorization", "Bearer",
					"API 令牌不能修改密码，请用用户名和当前密码登录后修改"));
		}
		passwords.change(Scope.user(), request.getCurrentPassword(), request.getNewPassword());
		return ResponseEntity.noContent().build();
	}

	@Override
	public ResponseEntity<TokenDto> createToken(TokenRequestDto request) {
		String token = Tokens.newToken();
		int days = request.getExpiresInDays() == null ? Tokens.DEFAULT_DAYS : request.getExpiresInDays();
		OffsetDateTime expiresAt = OffsetDateTime.now(clock).plusDays(days);
		long id = users.addToken(Tokens.hash(token), Scope.user(), request.getName(), expiresAt);
		return ResponseEntity.status(201).body(new TokenDto(token, request.getName(), id, expiresAt));
	}

	@Override
	public ResponseEntity<List<TokenInfoDto>> listTokens(String username) {
		String whose = username == null || username.isBlank() ? Scope.user() : username;
		if (!whose.equals(Scope.user()) && !isAdmin()) {
			throw new ForbiddenException(new FieldProblem("username", username, "只有系统管理员可以查看他人的 API 令牌"));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		return ResponseEntity.ok(users.tokensOf(whose).stream().map(t -> view(t, now)).toList());
	}

	@Override
	public ResponseEntity<Void> revokeToken(Long id) {
		// another user's token is answered as if it did not exist: its number tells nothing
		var token = users.token(id).filter(t -> t.username().equals(Scope.user()) || isAdmin())
			.orElseThrow(() -> new NotFoundException("API 令牌", id));
		users.revoke(token.id());
		return ResponseEntity.noContent().build();
	}

	private static boolean isAdmin() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Account a && a.role() == Role.ADMIN;
	}

	private static TokenInfoDto view(UserStore.TokenRow t, OffsetDateTime now) {
		TokenInfoDto.StatusEnum status = t.revokedAt() != null ? TokenInfoDto.StatusEnum.REVOKED
				: t.expiresAt().isAfter(now) ? TokenInfoDto.StatusEnum.ACTIVE : TokenInfoDto.StatusEnum.EXPIRED;
		return new TokenInfoDto(t.id(), t.username(), t.name(), t.createdAt(), t.expiresAt(), status).revokedAt(t.revokedAt());
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

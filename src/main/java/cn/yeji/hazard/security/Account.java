package cn.yeji.hazard.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An authenticated user: their role, and the township a township-level role is bound to. */
public final class Account extends User {

	private final Role role;

	private final String township;

	private final boolean passwordIssued;

	Account(String username, String passwordHash, boolean enabled, Role role, String township, boolean passwordIssued) {
		super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
		this.role = role;
		this.township = township;
		this.passwordIssued = passwordIssued;
	}

	public Role role() {
		return role;
	}

	public String township() {
		return township;
	}

	/** Whether the password was issued by someone else and must be changed before anything else works. */
	boolean passwordIssued() {
		return passwordIssued;
	}

}

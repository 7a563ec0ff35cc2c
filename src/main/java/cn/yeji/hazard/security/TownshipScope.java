package cn.yeji.hazard.security;

import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.NotFoundException;

/**
 * What the caller may see: the whole district, or one township. A record of another township is answered
 * as if it did not exist (404), so a township officer cannot learn what happens elsewhere.
 *
 * @param township {@code null} for the whole district
 */
public record TownshipScope(String township) {

	public static final TownshipScope DISTRICT = new TownshipScope(null);

	/**
	 * The signed-in user's name, or {@code null}: for the security filters, which run before a request reaches
	 * a controller. Features get theirs from {@link Caller}.
	 */
	static String user() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? null : auth.getName();
	}

	public boolean isDistrict() {
		return township == null;
	}

	public boolean sees(String recordTownship) {
		return isDistrict() || Objects.equals(township, recordTownship);
	}

	/** @throws NotFoundException when the record lies outside the scope */
	public void check(String recordTownship, String what, Object id) {
		if (!sees(recordTownship)) {
			throw new NotFoundException(what, id);
		}
	}

	/**
	 * @throws ForbiddenException when a township-bound caller creates a record for another township (or
	 * for none)
	 */
	public void checkCreating(String field, String recordTownship) {
		if (!sees(recordTownship)) {
			throw new ForbiddenException(new FieldProblem(field, recordTownship, "只能记录本乡镇（街道）" + township + "的机构"));
		}
	}

	/**
	 * The township a listing is narrowed to: what was asked for, within the caller's own. Asking a
	 * township-bound scope for another township matches nothing.
	 */
	public String narrow(String requested) {
		if (requested != null && requested.isBlank()) {
			requested = null; // an empty filter is no filter
		}
		if (isDistrict()) {
			return requested;
		}
		return requested == null || requested.equals(township) ? township : NOWHERE;
	}

	/** A township name no record carries. */
	private static final String NOWHERE = "\u0000";

}

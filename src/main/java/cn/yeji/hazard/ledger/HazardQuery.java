package cn.yeji.hazard.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import cn.yeji.hazard.security.Scope;

/**
 * The ledger page's filters as the address carries them ({@code ?township=…&status=…&overdue=true}), so a
 * filtered list can be bookmarked, paged and exported as it is. A value that is not one of the choices
 * filters nothing, as a blank one does; a township-bound role's township is its own, whatever is asked.
 */
record HazardQuery(String township, String status, String level, String channel, String overdue, String facilityId,
		int page, int size) {

	static final int DEFAULT_SIZE = 50;

	/** The API's largest page. */
	static final int MAX_SIZE = 500;

	private static final Set<String> STATUSES = Set.of("OPEN", "RECTIFYING", "PENDING_ACCEPTANCE", "CLOSED");

	private static final Set<String> LEVELS = Set.of("MAJOR", "REVIEW", "GENERAL");

	private static final Set<String> CHANNELS = Set.of("SUPERVISORY_INSPECTION", "SELF_CHECK", "JOINT_INSPECTION",
			"PUBLIC_REPORT", "THIRD_PARTY_ASSESSMENT");

	private static final List<String> FILTERS = List.of("township", "status", "level", "channel", "overdue", "facilityId");

	static HazardQuery of(Map<String, String> params, Scope scope, List<String> townships) {
		String township = scope.isDistrict() ? oneOf(params.get("township"), townships) : null;
		return new HazardQuery(township, oneOf(params.get("status"), STATUSES), oneOf(params.get("level"), LEVELS),
				oneOf(params.get("channel"), CHANNELS), oneOf(params.get("overdue"), Set.of("true", "false")),
				blankToNull(params.get("facilityId")), number(params.get("page"), 0, 0, Integer.MAX_VALUE / MAX_SIZE),
				number(params.get("size"), DEFAULT_SIZE, 1, MAX_SIZE));
	}

	/** What the listing and the export are narrowed to, within the caller's township. */
	HazardFilter filter(Scope scope) {
		return new HazardFilter(facilityId, scope.narrow(township), null, level,
				status == null ? null : HazardStatus.valueOf(status), channel,
				overdue == null ? null : Boolean.valueOf(overdue), null, null, null);
	}

	/** Whether any filter is set (the page offers to clear them). */
	boolean filtered() {
		return Arrays.asList(township, status, level, channel, overdue, facilityId).stream().anyMatch(v -> v != null);
	}

	/** This list at another page. */
	String pageHref(int other) {
		return filters("/hazards").queryParam("page", other).queryParam("size", size).build().encode().toUriString();
	}

	/** The export of what this list shows, every page of it. */
	String exportHref(String format) {
		return filters("/hazards/export").queryParam("format", format).build().encode().toUriString();
	}

	/** The list as it is now, for the way back from an entry. */
	String href() {
		return pageHref(page);
	}

	private UriComponentsBuilder filters(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		List<String> values = Arrays.asList(township, status, level, channel, overdue, facilityId);
		for (int i = 0; i < FILTERS.size(); i++) {
			if (values.get(i) != null) {
				uri.queryParam(FILTERS.get(i), values.get(i));
			}
		}
		return uri;
	}

	private static String oneOf(String value, java.util.Collection<String> choices) {
		return value != null && choices.contains(value) ? value : null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int number(String value, int fallback, int min, int max) {
		try {
			return value == null ? fallback : Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}

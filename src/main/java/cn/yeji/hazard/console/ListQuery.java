package cn.yeji.hazard.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A listing page's filters as its address carries them ({@code ?status=OPEN&overdue=true&page=1}), so a
 * filtered list can be bookmarked, paged and exported as it is. A value that is not one of the choices
 * filters nothing, as a blank one does: a console list shows what it can rather than an error.
 */
public final class ListQuery {

	static final int DEFAULT_SIZE = 50;

	/** The API's largest page. */
	static final int MAX_SIZE = 500;

	private final String path;

	private final Map<String, String> params;

	private final Map<String, String> filters = new LinkedHashMap<>();

	private final int page;

	private final int size;

	private ListQuery(String path, Map<String, String> params) {
		this.path = path;
		this.params = params;
		this.page = number(params.get("page"), 0, 0, Integer.MAX_VALUE / MAX_SIZE);
		this.size = number(params.get("size"), DEFAULT_SIZE, 1, MAX_SIZE);
	}

	/** The query of the list at {@code path}, with no filter read yet. */
	public static ListQuery of(String path, Map<String, String> params) {
		return new ListQuery(path, params);
	}

	/** Reads filter {@code name} when it is one of {@code choices}. */
	public ListQuery choice(String name, Collection<String> choices) {
		String value = params.get(name);
		return keep(name, value != null && choices.contains(value) ? value : null);
	}

	/** Reads filter {@code name} as typed, trimmed. */
	public ListQuery text(String name) {
		String value = params.get(name);
		return keep(name, value == null || value.isBlank() ? null : value.strip());
	}

	/** Reads filter {@code name} when it is a day (yyyy-MM-dd). */
	public ListQuery date(String name) {
		String value = params.get(name);
		try {
			return keep(name, value == null || value.isBlank() ? null : LocalDate.parse(value.strip()).toString());
		}
		catch (DateTimeParseException ex) {
			return keep(name, null);
		}
	}

	/** The filter's value, or {@code null}. */
	public String value(String name) {
		return filters.get(name);
	}

	public LocalDate day(String name) {
		return filters.get(name) == null ? null : LocalDate.parse(filters.get(name));
	}

	public boolean filtered() {
		return !filters.isEmpty();
	}

	public int page() {
		return page;
	}

	public int size() {
		return size;
	}

	/** What the page shows about the list: this query ({@code q}), the total, and the ways to other pages. */
	public void describe(Model model, long total) {
		long pages = Math.max(1, (total + size - 1) / size);
		model.addAttribute("q", this);
		model.addAttribute("total", total);
		model.addAttribute("pages", pages);
		model.addAttribute("prevHref", page > 0 ? pageHref(page - 1) : null);
		model.addAttribute("nextHref", page + 1 < pages ? pageHref(page + 1) : null);
		model.addAttribute("clearHref", filtered() ? path : null);
	}

	/** This list at another page, its filters kept. */
	String pageHref(int other) {
		return uri(path).queryParam("page", other).queryParam("size", size).build().encode().toUriString();
	}

	/** This list as it is now. */
	public String href() {
		return pageHref(page);
	}

	/** Another address with these filters, e.g. the export of every page of this list. */
	public String href(String otherPath, String name, String value) {
		return uri(otherPath).queryParam(name, value).build().encode().toUriString();
	}

	private ListQuery keep(String name, String value) {
		if (value != null) {
			filters.put(name, value);
		}
		return this;
	}

	private UriComponentsBuilder uri(String to) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(to);
		filters.forEach(uri::queryParam);
		return uri;
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

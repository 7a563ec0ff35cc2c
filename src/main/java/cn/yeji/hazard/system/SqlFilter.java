package cn.yeji.hazard.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WHERE clause built from the filters a listing was given: a condition joins only when its value is
 * there, and values always travel as named parameters, never as SQL text.
 */
public final class SqlFilter {

	private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");

	private final Map<String, Object> params = new LinkedHashMap<>();

	/**
	 * Adds {@code condition} (naming {@code :name}) when {@code value} is given: not null and not blank text,
	 * since a form or a link that sends {@code township=} means no filter, not "the township named ''".
	 */
	public SqlFilter and(String condition, String name, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			where.append(" AND ").append(condition);
			params.put(name, value);
		}
		return this;
	}

	/** Adds a condition that needs no value of the caller's, or several bound already with {@link #bind}. */
	public SqlFilter and(String condition) {
		where.append(" AND ").append(condition);
		return this;
	}

	public SqlFilter bind(String name, Object value) {
		params.put(name, value);
		return this;
	}

	public String sql() {
		return where.toString();
	}

	public Map<String, Object> params() {
		return params;
	}

}

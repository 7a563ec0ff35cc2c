package cn.yeji.hazard.system;

import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One page of a listing and how many records match in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

	/**
	 * Counts what {@code where} matches in {@code from} and reads page {@code page} of it in {@code orderBy}
	 * order: the one paging query every listing runs.
	 *
	 * @param select the SELECT … FROM … (with its joins) the rows are read with
	 * @param from the FROM … the matches are counted in (the listing's own table, with its alias)
	 */
	public static <T> Page<T> fetch(JdbcClient jdbc, String select, String from, SqlFilter where, String orderBy,
			RowMapper<T> rows, int page, int size) {
		long total = jdbc.sql("SELECT COUNT(*) " + from + where.sql()).params(where.params()).query(Long.class).single();
		List<T> items = jdbc.sql(select + where.sql() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(rows)
			.list();
		return new Page<>(items, page, size, total);
	}

}

package cn.yeji.hazard.hazards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.system.SqlFilter;

/**
 * The ledger's entries read for statistics: narrow rows, filtered in SQL, counted by the reader. The hazards
 * feature owns the table, so the queries on it live here; statistics only count what they are given.
 */
@Repository
public class HazardFacts {

	/** Counting needs no facility names: no join, and the rows stay narrow. */
	private static final String SELECT = """
			SELECT h.id, h.facility_id, NULL, h.township, h.rule_id, h.hazard_level, h.channel, h.status, h.found_on,
			       h.deadline, h.closed_on, h.refusals
			FROM hazard h""";

	private static final String SELECT_NAMED = """
			SELECT h.id, h.facility_id, f.name, h.township, h.rule_id, h.hazard_level, h.channel, h.status, h.found_on,
			       h.deadline, h.closed_on, h.refusals
			FROM hazard h JOIN facility f ON f.id = h.facility_id""";

	private final JdbcClient jdbc;

	public HazardFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Entries found between the two days, inclusive, in {@code township} ({@code null}: every township). */
	public List<HazardFact> foundBetween(LocalDate from, LocalDate to, String township) {
		return list(SELECT, new SqlFilter().and("h.found_on >= :from", "from", from)
			.and("h.found_on <= :to", "to", to)
			.and("h.township = :township", "township", township));
	}

	/** MAJOR entries open at some moment between the two days: what the 动态清零 trend counts. */
	public List<HazardFact> majorOpenDuring(LocalDate from, LocalDate to, String township) {
		return list(SELECT, new SqlFilter().and("h.hazard_level = 'MAJOR'")
			.and("h.found_on <= :to", "to", to)
			.bind("from", from)
			.and("(h.closed_on IS NULL OR h.closed_on > :from)")
			.and("h.township = :township", "township", township));
	}

	/** Entries not closed that are past their deadline or had an acceptance refused. */
	public List<HazardFact> slow(LocalDate today, String township) {
		return list(SELECT_NAMED, new SqlFilter().and("h.status <> 'CLOSED'")
			.bind("today", today)
			.and("(h.deadline < :today OR h.refusals > 0)")
			.and("h.township = :township", "township", township));
	}

	private List<HazardFact> list(String select, SqlFilter where) {
		return jdbc.sql(select + where.sql()).params(where.params()).query(HazardFacts::fact).list();
	}

	private static HazardFact fact(ResultSet rs, int n) throws SQLException {
		return new HazardFact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
				rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getInt(12));
	}

}

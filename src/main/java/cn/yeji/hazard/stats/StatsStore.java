package cn.yeji.hazard.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads ledger entries for statistics: narrow rows, filtered in SQL, counted in Java. */
@Repository
class StatsStore {

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

	StatsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Entries found between the two days, inclusive. */
	List<HazardFact> foundBetween(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE h.found_on >= :from AND h.found_on <= :to")
			.param("from", from)
			.param("to", to)
			.query(StatsStore::fact)
			.list();
	}

	/** MAJOR entries open at some moment between the two days: what the 动态清零 trend counts. */
	List<HazardFact> majorOpenDuring(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT
				+ " WHERE h.hazard_level = 'MAJOR' AND h.found_on <= :to AND (h.closed_on IS NULL OR h.closed_on > :from)")
			.param("from", from)
			.param("to", to)
			.query(StatsStore::fact)
			.list();
	}

	/** Entries not closed that are past their deadline or had an acceptance refused. */
	List<HazardFact> slow(LocalDate today) {
		return jdbc.sql(SELECT_NAMED + " WHERE h.status <> 'CLOSED' AND (h.deadline < :today OR h.refusals > 0)")
			.param("today", today)
			.query(StatsStore::fact)
			.list();
	}

	private static HazardFact fact(ResultSet rs, int n) throws SQLException {
		return new HazardFact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
				rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getInt(12));
	}

}

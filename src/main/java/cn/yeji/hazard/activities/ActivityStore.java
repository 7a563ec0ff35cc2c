package cn.yeji.hazard.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.system.SqlFilter;

/** Recorded activities, and the institutions the ledger knows, for the cadence report. */
@Repository
public class ActivityStore {

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(ActivityRow a) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO activity (kind, facility_id, township, held_on, conducted_by, note, recorded_at)
				VALUES (:kind, :facilityId, :township, :heldOn, :conductedBy, :note, :recordedAt)""")
			.param("kind", a.kind())
			.param("facilityId", a.facilityId())
			.param("township", a.township())
			.param("heldOn", a.heldOn())
			.param("conductedBy", a.conductedBy())
			.param("note", a.note())
			.param("recordedAt", a.recordedAt())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** One page of the activities held between the two days (inclusive), newest first, narrowed where given. */
	Page<ActivityRow> page(String facilityId, String township, LocalDate from, LocalDate to, int page, int size) {
		return Page.fetch(jdbc, "SELECT * FROM activity", "FROM activity", where(facilityId, township, from, to),
				"held_on DESC, id DESC", ActivityStore::row, page, size);
	}

	/** Every activity held between the two days (inclusive), for a report over all of them. */
	java.util.Optional<ActivityRow> find(long id) {
		return jdbc.sql("SELECT * FROM activity WHERE id = :id").param("id", id).query(ActivityStore::row).optional();
	}

	public List<ActivityRow> all(LocalDate from, LocalDate to) {
		SqlFilter where = where(null, null, from, to);
		return jdbc.sql("SELECT * FROM activity" + where.sql() + " ORDER BY held_on, id")
			.params(where.params())
			.query(ActivityStore::row)
			.list();
	}

	/** Every facility the ledger knows, in a township if one is given. */
	public List<InstitutionEntry> institutions(String township) {
		return jdbc.sql("SELECT id, name, township, known_since FROM facility" + (township == null ? "" : " WHERE township = :township")
				+ " ORDER BY id")
			.params(township == null ? Map.of() : Map.of("township", township))
			.query((rs, n) -> new InstitutionEntry(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	private static SqlFilter where(String facilityId, String township, LocalDate from, LocalDate to) {
		return new SqlFilter().and("facility_id = :facilityId", "facilityId", facilityId)
			.and("township = :township", "township", township)
			.and("held_on >= :from", "from", from)
			.and("held_on <= :to", "to", to);
	}

	private static ActivityRow row(ResultSet rs, int n) throws SQLException {
		return new ActivityRow(rs.getLong("id"), rs.getString("kind"), rs.getString("facility_id"), rs.getString("township"),
				rs.getObject("held_on", LocalDate.class), rs.getString("conducted_by"), rs.getString("note"),
				rs.getObject("recorded_at", OffsetDateTime.class));
	}

}

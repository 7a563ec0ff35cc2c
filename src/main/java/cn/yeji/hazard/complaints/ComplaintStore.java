package cn.yeji.hazard.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.system.SqlFilter;
import cn.yeji.hazard.hazards.HazardStore;

/** Public reports and their verification. */
@Repository
class ComplaintStore {

	private static final String SELECT = """
			SELECT c.*, f.name AS facility_name FROM complaint c JOIN facility f ON f.id = c.facility_id""";

	private final JdbcClient jdbc;

	ComplaintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ComplaintRow c) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO complaint (facility_id, township, source, received_on, content, status, recorded_at, version,
				                       recorded_by)
				VALUES (:facilityId, :township, :source, :receivedOn, :content, 'RECEIVED', :recordedAt, 0, :recordedBy)""")
			.param("recordedBy", c.recordedBy())
			.param("facilityId", c.facilityId())
			.param("township", c.township())
			.param("source", c.source())
			.param("receivedOn", c.receivedOn())
			.param("content", c.content())
			.param("recordedAt", c.recordedAt())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<ComplaintRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ComplaintStore::row).optional();
	}

	/** @return false when the report is no longer at {@code expectedVersion} (nothing written) */
	boolean verify(long id, int expectedVersion, String status, String by, LocalDate on, String note, String ruleId,
			Long hazardId, String account) {
		return jdbc.sql("""
				UPDATE complaint SET status = :status, verified_by = :by, verified_on = :on, verification_note = :note,
				       rule_id = :ruleId, hazard_id = :hazardId, verification_recorded_by = :account, version = version + 1
				WHERE id = :id AND version = :expected""")
			.param("account", account)
			.param("status", status)
			.param("by", by)
			.param("on", on)
			.param("note", note)
			.param("ruleId", ruleId)
			.param("hazardId", hazardId)
			.param("id", id)
			.param("expected", expectedVersion)
			.update() == 1;
	}

	Page<ComplaintRow> list(String facilityId, String township, String status, int page, int size) {
		SqlFilter where = new SqlFilter().and("c.facility_id = :facilityId", "facilityId", facilityId)
			.and("c.township = :township", "township", township)
			.and("c.status = :status", "status", status);
		return Page.fetch(jdbc, SELECT, "FROM complaint c", where, "c.id DESC", ComplaintStore::row, page, size);
	}

	private static ComplaintRow row(ResultSet rs, int n) throws SQLException {
		return new ComplaintRow(rs.getLong("id"), rs.getString("facility_id"), rs.getString("facility_name"),
				rs.getString("township"), rs.getString("source"), rs.getObject("received_on", LocalDate.class),
				rs.getString("content"), rs.getString("status"), rs.getString("verified_by"),
				rs.getObject("verified_on", LocalDate.class), rs.getString("verification_note"), rs.getString("rule_id"),
				HazardStore.longOrNull(rs, "hazard_id"), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getInt("version"), rs.getString("recorded_by"), rs.getString("verification_recorded_by"));
	}

}

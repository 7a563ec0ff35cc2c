package cn.yeji.hazard.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.system.SqlFilter;
import cn.yeji.hazard.hazards.HazardLink;

/** Recorded inspections. There is no update: a record is what was submitted and concluded that day. */
@Repository
class InspectionStore {

	private static final String SELECT = """
			SELECT i.*, f.name AS facility_name FROM inspection i JOIN facility f ON f.id = i.facility_id""";

	private final JdbcClient jdbc;

	InspectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(InspectionRow row) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inspection (facility_id, township, channel, inspector, inspection_date, recorded_at,
				       ruleset_version, verdict, request_json, verdict_json)
				VALUES (:facilityId, :township, :channel, :inspector, :date, :recordedAt, :rulesetVersion, :verdict,
				        :requestJson, :verdictJson)""")
			.param("facilityId", row.facilityId())
			.param("township", row.township())
			.param("channel", row.channel())
			.param("inspector", row.inspector())
			.param("date", row.date())
			.param("recordedAt", row.recordedAt())
			.param("rulesetVersion", row.rulesetVersion())
			.param("verdict", row.verdict())
			.param("requestJson", row.requestJson())
			.param("verdictJson", row.verdictJson())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<InspectionRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(InspectionStore::row).optional();
	}

	/** The ledger entries this inspection opened or joined. */
	List<HazardLink> links(long inspectionId) {
		return jdbc.sql("""
				SELECT e.hazard_id, h.rule_id, e.event FROM hazard_event e JOIN hazard h ON h.id = e.hazard_id
				WHERE e.inspection_id = :id AND e.event IN ('OPENED', 'JOINED') ORDER BY e.id""")
			.param("id", inspectionId)
			.query((rs, n) -> new HazardLink(rs.getLong(1), rs.getString(2), "OPENED".equals(rs.getString(3))))
			.list();
	}

	Page<InspectionRow> list(String facilityId, String township, LocalDate from, LocalDate to, int page, int size) {
		SqlFilter where = new SqlFilter().and("i.facility_id = :facilityId", "facilityId", facilityId)
			.and("i.township = :township", "township", township)
			.and("i.inspection_date >= :from", "from", from)
			.and("i.inspection_date <= :to", "to", to);
		return Page.fetch(jdbc, SELECT, "FROM inspection i", where, "i.inspection_date DESC, i.id DESC", InspectionStore::row,
				page, size);
	}

	private static InspectionRow row(ResultSet rs, int n) throws SQLException {
		return new InspectionRow(rs.getLong("id"), rs.getString("facility_id"), rs.getString("facility_name"),
				rs.getString("township"), rs.getString("channel"), rs.getString("inspector"),
				rs.getObject("inspection_date", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getString("ruleset_version"), rs.getString("verdict"), rs.getString("request_json"),
				rs.getString("verdict_json"));
	}

}

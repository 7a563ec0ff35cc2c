package cn.yeji.hazard.hazards;

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

/** The ledger entries and their history, in SQL that runs on H2 and PostgreSQL alike. */
@Repository
public class HazardStore {

	private static final String SELECT = """
			SELECT h.*, f.name AS facility_name FROM hazard h JOIN facility f ON f.id = h.facility_id""";

	private final JdbcClient jdbc;

	HazardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HazardRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE h.id = :id").param("id", id).query(HazardStore::row).optional();
	}

	/** The facility's entry for this clause that is not closed yet, if any. */
	Optional<HazardRow> findOpen(String facilityId, String ruleId) {
		return jdbc.sql(SELECT + " WHERE h.open_key = :key")
			.param("key", facilityId + "|" + ruleId)
			.query(HazardStore::row)
			.optional();
	}

	/**
	 * Opens an entry, already escalated when the verdict asked for 提级治理 under its clause. A second open entry for the same facility and clause breaks the unique open key:
	 * {@link org.springframework.dao.DuplicateKeyException}, which the caller answers by joining the first.
	 */
	long open(NewHazard h, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO hazard (facility_id, township, rule_id, hazard_level, title, channel, found_on, evidence_json,
				       inspection_id, complaint_id, status, escalated, escalation_reason, refusals, open_key, opened_at, version)
				VALUES (:facilityId, :township, :ruleId, :level, :title, :channel, :foundOn, :evidence,
				        :inspectionId, :complaintId, 'OPEN', :escalated, :escalationReason, 0, :openKey, :now, 0)""")
			.param("facilityId", h.facilityId())
			.param("township", h.township())
			.param("ruleId", h.ruleId())
			.param("level", h.level())
			.param("title", h.title())
			.param("channel", h.channel())
			.param("foundOn", h.foundOn())
			.param("evidence", h.evidenceJson())
			.param("inspectionId", h.inspectionId())
			.param("complaintId", h.complaintId())
			.param("escalated", h.escalationReason() != null)
			.param("escalationReason", h.escalationReason())
			.param("openKey", h.openKey())
			.param("now", now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void addEvent(long hazardId, HazardEventRow e) {
		jdbc.sql("""
				INSERT INTO hazard_event (hazard_id, happened_at, actor, on_behalf_of, event, from_status, to_status, note,
				       inspection_id, complaint_id)
				VALUES (:hazardId, :at, :actor, :onBehalfOf, :event, :from, :to, :note, :inspectionId, :complaintId)""")
			.param("hazardId", hazardId)
			.param("at", e.at())
			.param("actor", e.actor())
			.param("onBehalfOf", e.onBehalfOf())
			.param("event", e.event().name())
			.param("from", e.fromStatus() == null ? null : e.fromStatus().name())
			.param("to", e.toStatus() == null ? null : e.toStatus().name())
			.param("note", e.note())
			.param("inspectionId", e.inspectionId())
			.param("complaintId", e.complaintId())
			.update();
	}

	List<HazardEventRow> history(long hazardId) {
		return jdbc.sql("SELECT * FROM hazard_event WHERE hazard_id = :id ORDER BY id")
			.param("id", hazardId)
			.query((rs, n) -> new HazardEventRow(rs.getObject("happened_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("on_behalf_of"),
					HazardEventKind.valueOf(rs.getString("event")), status(rs.getString("from_status")),
					status(rs.getString("to_status")), rs.getString("note"), longOrNull(rs, "inspection_id"),
					longOrNull(rs, "complaint_id")))
			.list();
	}

	/**
	 * Writes the entry's changeable fields if, and only if, it is still at {@code expectedVersion}.
	 * @return false when someone else changed it first (nothing written)
	 */
	boolean update(HazardRow changed, int expectedVersion) {
		return jdbc.sql("""
				UPDATE hazard SET rectification_unit = :unit, responsible_person = :person, deadline = :deadline,
				       measures = :measures, funding = :funding, interim_controls = :interim, status = :status,
				       escalated = :escalated, escalation_reason = :escalationReason, refusals = :refusals,
				       accepted_by = :acceptedBy, accepted_on = :acceptedOn, acceptance_note = :acceptanceNote,
				       closed_on = :closedOn, open_key = :openKey, version = version + 1
				WHERE id = :id AND version = :expected""")
			.param("unit", changed.rectificationUnit())
			.param("person", changed.responsiblePerson())
			.param("deadline", changed.deadline())
			.param("measures", changed.measures())
			.param("funding", changed.funding())
			.param("interim", changed.interimControls())
			.param("status", changed.status().name())
			.param("escalated", changed.escalated())
			.param("escalationReason", changed.escalationReason())
			.param("refusals", changed.refusals())
			.param("acceptedBy", changed.acceptedBy())
			.param("acceptedOn", changed.acceptedOn())
			.param("acceptanceNote", changed.acceptanceNote())
			.param("closedOn", changed.closedOn())
			.param("openKey", changed.status() == HazardStatus.CLOSED ? null
					: changed.facilityId() + "|" + changed.ruleId())
			.param("id", changed.id())
			.param("expected", expectedVersion)
			.update() == 1;
	}

	Page<HazardRow> list(HazardFilter filter, LocalDate today, int page, int size) {
		SqlFilter where = where(filter, today);
		return Page.fetch(jdbc, SELECT, "FROM hazard h", where, "h.id DESC", HazardStore::row, page, size);
	}

	/**
	 * One page of an officer's worklist: overdue entries first (the longest overdue on top), then the other
	 * open ones by deadline (unassigned after those with one), closed ones last; ties by the day found.
	 */
	Page<HazardRow> worklist(HazardFilter filter, LocalDate today, int page, int size) {
		SqlFilter where = where(filter, today).bind("today", today);
		return Page.fetch(jdbc, SELECT, "FROM hazard h", where, """
				CASE WHEN h.status = 'CLOSED' THEN 2 WHEN h.deadline < :today THEN 0 ELSE 1 END,
				CASE WHEN h.deadline IS NULL THEN 1 ELSE 0 END, h.deadline, h.found_on, h.id""", HazardStore::row, page,
				size);
	}

	/** The entries not closed whose deadline is {@code until} or earlier (overdue ones too), for reminders. */
	List<HazardRow> dueBy(LocalDate until) {
		return jdbc.sql(SELECT + " WHERE h.status <> 'CLOSED' AND h.deadline IS NOT NULL AND h.deadline <= :until ORDER BY h.id")
			.param("until", until)
			.query(HazardStore::row)
			.list();
	}

	/** Every matching entry, oldest first, for an export. */
	List<HazardRow> all(HazardFilter filter, LocalDate today) {
		SqlFilter where = where(filter, today);
		return jdbc.sql(SELECT + where.sql() + " ORDER BY h.id").params(where.params()).query(HazardStore::row).list();
	}

	private static SqlFilter where(HazardFilter f, LocalDate today) {
		SqlFilter where = new SqlFilter().and("h.facility_id = :facilityId", "facilityId", f.facilityId())
			.and("h.township = :township", "township", f.township())
			.and("h.rule_id = :ruleId", "ruleId", f.ruleId())
			.and("h.hazard_level = :level", "level", f.level())
			.and("h.status = :status", "status", f.status() == null ? null : f.status().name())
			.and("h.channel = :channel", "channel", f.channel())
			.and("h.escalated = :escalated", "escalated", f.escalated())
			.and("h.found_on >= :from", "from", f.from())
			.and("h.found_on <= :to", "to", f.to());
		if (f.overdue() != null) {
			where.bind("today", today)
				.and(f.overdue() ? "h.status <> 'CLOSED' AND h.deadline < :today"
						: "NOT (h.status <> 'CLOSED' AND h.deadline IS NOT NULL AND h.deadline < :today)");
		}
		return where;
	}

	private static HazardRow row(ResultSet rs, int n) throws SQLException {
		return new HazardRow(rs.getLong("id"), rs.getString("facility_id"), rs.getString("facility_name"),
				rs.getString("township"), rs.getString("rule_id"), rs.getString("hazard_level"), rs.getString("title"),
				rs.getString("channel"), rs.getObject("found_on", LocalDate.class), rs.getString("evidence_json"),
				longOrNull(rs, "inspection_id"), longOrNull(rs, "complaint_id"), rs.getString("rectification_unit"),
				rs.getString("responsible_person"), rs.getObject("deadline", LocalDate.class), rs.getString("measures"),
				rs.getString("funding"), rs.getString("interim_controls"), HazardStatus.valueOf(rs.getString("status")),
				rs.getBoolean("escalated"), rs.getString("escalation_reason"), rs.getInt("refusals"),
				rs.getString("accepted_by"), rs.getObject("accepted_on", LocalDate.class), rs.getString("acceptance_note"),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("opened_at", OffsetDateTime.class),
				rs.getInt("version"));
	}

	private static HazardStatus status(String name) {
		return name == null ? null : HazardStatus.valueOf(name);
	}

	public static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}

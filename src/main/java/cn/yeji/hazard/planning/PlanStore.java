package cn.yeji.hazard.planning;

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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plans and their tasks. Plain SQL, the same on H2 and PostgreSQL. */
@Repository
class PlanStore {

	/** A plan as stored. */
	record PlanRow(long id, int year, int checksPerFacility, long seed, List<String> inspectors, List<String> departments,
			String township, String createdBy, OffsetDateTime createdAt) {
	}

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private static final String TASKS = """
			SELECT t.id, t.plan_id, t.facility_id, f.name AS facility_name, t.township, t.quarter, t.due_on, t.assignee,
			       t.departments, t.inspection_id, t.completed_on
			FROM plan_task t JOIN facility f ON f.id = t.facility_id""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(PlanRow p) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inspection_plan (plan_year, checks_per_facility, seed, inspectors, departments, township, created_by,
				                             created_at)
				VALUES (:year, :checks, :seed, :inspectors, :departments, :township, :createdBy, :createdAt)""")
			.param("year", p.year())
			.param("checks", p.checksPerFacility())
			.param("seed", p.seed())
			.param("inspectors", json.writeValueAsString(p.inspectors()))
			.param("departments", json.writeValueAsString(p.departments()))
			.param("township", p.township())
			.param("createdBy", p.createdBy())
			.param("createdAt", p.createdAt())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void insertTask(long planId, Draw.Drawn t, List<String> departments) {
		jdbc.sql("""
				INSERT INTO plan_task (plan_id, facility_id, township, quarter, due_on, assignee, departments)
				VALUES (:planId, :facilityId, :township, :quarter, :dueOn, :assignee, :departments)""")
			.param("planId", planId)
			.param("facilityId", t.facilityId())
			.param("township", t.township())
			.param("quarter", t.quarter())
			.param("dueOn", t.dueOn())
			.param("assignee", t.assignee())
			.param("departments", json.writeValueAsString(departments))
			.update();
	}

	Optional<PlanRow> plan(long id) {
		return jdbc.sql("SELECT * FROM inspection_plan WHERE id = :id").param("id", id).query(this::planRow).optional();
	}

	List<PlanRow> plans() {
		return jdbc.sql("SELECT * FROM inspection_plan ORDER BY id DESC").query(this::planRow).list();
	}

	List<TaskRow> tasksOf(long planId) {
		return jdbc.sql(TASKS + " WHERE t.plan_id = :planId ORDER BY t.id").param("planId", planId).query(this::taskRow).list();
	}

	Optional<TaskRow> task(long id) {
		return jdbc.sql(TASKS + " WHERE t.id = :id").param("id", id).query(this::taskRow).optional();
	}

	/**
	 * @param status OPEN, DONE or OVERDUE (open past {@code today}); {@code null} for all
	 */
	Page<TaskRow> tasks(String assignee, String status, Integer quarter, Integer year, String township, String facilityId,
			LocalDate today, int page, int size) {
		SqlFilter where = new SqlFilter().and("t.assignee = :assignee", "assignee", assignee)
			.and("t.quarter = :quarter", "quarter", quarter)
			.and("t.township = :township", "township", township)
			.and("t.facility_id = :facilityId", "facilityId", facilityId)
			.and("t.due_on >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
			.and("t.due_on <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31));
		if ("DONE".equals(status)) {
			where.and("t.completed_on IS NOT NULL");
		}
		else if ("OPEN".equals(status)) {
			where.and("t.completed_on IS NULL");
		}
		else if ("OVERDUE".equals(status)) {
			where.and("t.completed_on IS NULL").and("t.due_on < :today", "today", today);
		}
		return Page.fetch(jdbc, TASKS, "FROM plan_task t", where, "t.due_on, t.id", this::taskRow, page, size);
	}

	/** Every task not done whose due date is before {@code today}. */
	List<TaskRow> overdue(LocalDate today) {
		return jdbc.sql(TASKS + " WHERE t.completed_on IS NULL AND t.due_on < :today ORDER BY t.id")
			.param("today", today)
			.query(this::taskRow)
			.list();
	}

	/** @return whether the task was open and is now done */
	boolean complete(long id, long inspectionId, LocalDate on) {
		return jdbc.sql("UPDATE plan_task SET inspection_id = :inspectionId, completed_on = :on WHERE id = :id AND completed_on IS NULL")
			.param("inspectionId", inspectionId)
			.param("on", on)
			.param("id", id)
			.update() == 1;
	}

	private PlanRow planRow(ResultSet rs, int n) throws SQLException {
		return new PlanRow(rs.getLong("id"), rs.getInt("plan_year"), rs.getInt("checks_per_facility"), rs.getLong("seed"),
				json.readValue(rs.getString("inspectors"), NAMES), names(rs.getString("departments")), rs.getString("township"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
	}

	private TaskRow taskRow(ResultSet rs, int n) throws SQLException {
		return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("facility_id"), rs.getString("facility_name"),
				rs.getString("township"), rs.getInt("quarter"), rs.getObject("due_on", LocalDate.class), rs.getString("assignee"),
				names(rs.getString("departments")), rs.getObject("inspection_id", Long.class),
				rs.getObject("completed_on", LocalDate.class));
	}

	private List<String> names(String text) {
		return text == null ? List.of() : json.readValue(text, NAMES);
	}

}

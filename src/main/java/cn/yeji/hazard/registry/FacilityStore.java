package cn.yeji.hazard.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.TownshipScope;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.SqlFilter;

/**
 * The facilities the district knows: registered ones (the registry's master data) and those only seen in a
 * record (an inspection, activity or public report that named them). A record keeps an unregistered
 * facility's name and township current; a registered facility's are the registry's and a record never
 * changes them.
 */
@Repository
public class FacilityStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Townships townships;

	public FacilityStore(JdbcClient jdbc, Clock clock, Townships townships) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.townships = townships;
	}

	/**
	 * A facility of the district names one of its townships ({@code townships.yaml}); the township of a known
	 * facility is authoritative: a township-bound caller may write for a facility only when both the township
	 * the request declares and the one on record are their own, so no body can move a facility into another
	 * township's ledger or join its entries.
	 * @param regionCode the facility's region code as declared; another district's facility is not checked
	 * against the list
	 * @throws InvalidRequestException naming {@code field} for a township not on the district's list
	 * @throws cn.yeji.hazard.system.ForbiddenException naming {@code field} for another township's facility
	 */
	public void checkWritable(Caller caller, String field, String facilityId, String regionCode, String declaredTownship) {
		townships.district().filter(d -> d.contains(regionCode))
			.flatMap(d -> d.check(field, declaredTownship))
			.ifPresent(problem -> {
				throw new InvalidRequestException(List.of(problem));
			});
		TownshipScope scope = caller.scope();
		scope.checkCreating(field, declaredTownship);
		if (!scope.isDistrict() && facilityId != null) {
			township(facilityId).ifPresent(known -> scope.checkCreating(field, known));
		}
	}

	private Optional<String> township(String id) {
		return jdbc.sql("SELECT township FROM facility WHERE id = :id").param("id", id).query(String.class).optional();
	}

	/**
	 * Creates the facility or updates what is known of it; a value not given keeps the stored one.
	 *
	 * @param on the day the record that names it is about (inspected, held, received): the ledger has known
	 * the facility since the earliest such day
	 */
	public void save(String id, String name, String regionCode, String township, String kind, LocalDate on) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", id);
		values.put("name", name);
		values.put("regionCode", regionCode);
		values.put("township", township);
		values.put("kind", kind);
		values.put("now", OffsetDateTime.now(clock));
		values.put("on", on);
		int updated = jdbc.sql("""
				UPDATE facility SET updated_at = :now,
				       known_since = CASE WHEN known_since IS NULL OR known_since > :on THEN :on ELSE known_since END,
				       name = :name, region_code = COALESCE(:regionCode, region_code),
				       township = COALESCE(:township, township), kind = COALESCE(:kind, kind)
				WHERE id = :id AND registered = FALSE""")
			.params(values)
			.update();
		if (updated == 0 && !exists(id)) {
			jdbc.sql("""
					INSERT INTO facility (id, name, region_code, township, kind, updated_at, known_since)
					VALUES (:id, :name, :regionCode, :township, :kind, :now, :on)""")
				.params(values)
				.update();
		}
	}

	private boolean exists(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM facility WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
	}

	/** A facility the district knows, as a picker lists it. */
	public record Known(String id, String name, String township, String regionCode, String kind) {
	}

	/** The facilities of a township ({@code null}: the whole district), by name; at most {@code limit}. */
	public List<Known> known(String township, int limit) {
		SqlFilter where = new SqlFilter().and("township = :township", "township", township);
		return jdbc.sql("SELECT id, name, township, region_code, kind FROM facility" + where.sql() + " ORDER BY name, id LIMIT :limit")
			.params(where.params())
			.param("limit", limit)
			.query((rs, n) -> new Known(rs.getString("id"), rs.getString("name"), rs.getString("township"),
					rs.getString("region_code"), rs.getString("kind")))
			.list();
	}

}

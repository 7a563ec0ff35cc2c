package cn.yeji.hazard.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.security.Scope;

/**
 * The facilities the ledger has seen. Any record that names a facility keeps its name and township
 * current, so a township's statistics follow the latest word on where an institution belongs.
 */
@Repository
public class FacilityStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	FacilityStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The township of a known facility is authoritative: a township-bound caller may write for a facility only
	 * when both the township the request declares and the one on record are their own, so no body can move a
	 * facility into another township's ledger or join its entries.
	 * @throws cn.yeji.hazard.system.ForbiddenException naming {@code field} otherwise
	 */
	public void checkWritable(String field, String facilityId, String declaredTownship) {
		Scope scope = Scope.current();
		scope.checkCreating(field, declaredTownship);
		if (!scope.isDistrict() && facilityId != null) {
			township(facilityId).ifPresent(known -> scope.checkCreating(field, known));
		}
	}

	private Optional<String> township(String id) {
		return jdbc.sql("SELECT township FROM facility WHERE id = :id").param("id", id).query(String.class).optional();
	}

	/** Creates the facility or updates what is known of it; a value not given keeps the stored one. */
	public void save(String id, String name, String regionCode, String township, String kind) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", id);
		values.put("name", name);
		values.put("regionCode", regionCode);
		values.put("township", township);
		values.put("kind", kind);
		values.put("now", OffsetDateTime.now(clock));
		int updated = jdbc.sql("""
				UPDATE facility SET name = :name, region_code = COALESCE(:regionCode, region_code),
				       township = COALESCE(:township, township), kind = COALESCE(:kind, kind), updated_at = :now
				WHERE id = :id""")
			.params(values)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO facility (id, name, region_code, township, kind, updated_at)
					VALUES (:id, :name, :regionCode, :township, :kind, :now)""")
				.params(values)
				.update();
		}
	}

}

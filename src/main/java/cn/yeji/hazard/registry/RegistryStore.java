package cn.yeji.hazard.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.system.SqlFilter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The registry's rows: the facility's master data, its buildings and its changes. Plain SQL, same on H2 and PostgreSQL. */
@Repository
class RegistryStore {

	private static final String COLUMNS = """
			SELECT f.id, f.name, f.kind, f.township, f.region_code, f.address, f.legal_representative, f.person_in_charge,
			       f.phone, f.bed_count, f.licence_no, f.star_rating, f.latitude, f.longitude, f.operating_since, f.version,
			       f.registered, f.updated_at
			FROM facility f""";

	private static final TypeReference<List<FacilityChange.Field>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RegistryStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<FacilityRecord> find(String id) {
		return jdbc.sql(COLUMNS + " WHERE f.id = :id").param("id", id).query(RegistryStore::row).optional()
			.map(f -> withBuildings(List.of(f)).get(0));
	}

	Page<FacilityRecord> page(String township, String kind, String q, int page, int size) {
		Page<FacilityRecord> rows = Page.fetch(jdbc, COLUMNS, "FROM facility f", filter(township, kind, q), "f.name, f.id",
				RegistryStore::row, page, size);
		return new Page<>(withBuildings(rows.items()), rows.page(), rows.size(), rows.total());
	}

	/** Every facility of a township ({@code null}: the district), for an export or an import's comparison. */
	List<FacilityRecord> all(String township) {
		SqlFilter where = filter(township, null, null);
		return withBuildings(jdbc.sql(COLUMNS + where.sql() + " ORDER BY f.township, f.name, f.id").params(where.params())
			.query(RegistryStore::row)
			.list());
	}

	private static SqlFilter filter(String township, String kind, String q) {
		return new SqlFilter().and("f.township = :township", "township", township)
			.and("f.kind = :kind", "kind", kind)
			.and("(LOWER(f.name) LIKE :q OR LOWER(f.id) LIKE :q)", "q", q == null ? null : "%" + q.toLowerCase() + "%");
	}

	void insert(FacilityRecord f) {
		jdbc.sql("""
				INSERT INTO facility (id, name, kind, township, region_code, address, legal_representative, person_in_charge,
				                      phone, bed_count, licence_no, star_rating, latitude, longitude, operating_since,
				                      known_since, version, registered, updated_at)
				VALUES (:id, :name, :kind, :township, :regionCode, :address, :legalRepresentative, :personInCharge, :phone,
				        :bedCount, :licenceNo, :starRating, :latitude, :longitude, :operatingSince, :operatingSince, :version,
				        TRUE, :updatedAt)""")
			.params(values(f))
			.update();
		replaceBuildings(f.id(), f.buildings());
	}

	/**
	 * Writes the record over the row if the row is still at {@code expectedVersion}; cadences are judged from
	 * the operating date on, so it becomes the day the district has known the institution since.
	 * @return whether it was written (false: someone changed it first)
	 */
	boolean update(FacilityRecord f, int expectedVersion) {
		Map<String, Object> values = values(f);
		values.put("expected", expectedVersion);
		int updated = jdbc.sql("""
				UPDATE facility SET name = :name, kind = :kind, township = :township, region_code = :regionCode,
				       address = :address, legal_representative = :legalRepresentative, person_in_charge = :personInCharge,
				       phone = :phone, bed_count = :bedCount, licence_no = :licenceNo, star_rating = :starRating,
				       latitude = :latitude, longitude = :longitude, operating_since = :operatingSince,
				       known_since = :operatingSince, version = :version, registered = TRUE, updated_at = :updatedAt
				WHERE id = :id AND version = :expected""")
			.params(values)
			.update();
		if (updated == 1) {
			replaceBuildings(f.id(), f.buildings());
		}
		return updated == 1;
	}

	private static Map<String, Object> values(FacilityRecord f) {
		Map<String, Object> v = new HashMap<>();
		v.put("id", f.id());
		v.put("name", f.name());
		v.put("kind", f.kind());
		v.put("township", f.township());
		v.put("regionCode", f.regionCode());
		v.put("address", f.address());
		v.put("legalRepresentative", f.legalRepresentative());
		v.put("personInCharge", f.personInCharge());
		v.put("phone", f.phone());
		v.put("bedCount", f.bedCount());
		v.put("licenceNo", f.licenceNo());
		v.put("starRating", f.starRating());
		v.put("latitude", f.latitude());
		v.put("longitude", f.longitude());
		v.put("operatingSince", f.operatingSince());
		v.put("version", f.version());
		v.put("updatedAt", f.updatedAt());
		return v;
	}

	private void replaceBuildings(String facilityId, List<RegisteredBuilding> buildings) {
		jdbc.sql("DELETE FROM facility_building WHERE facility_id = :id").param("id", facilityId).update();
		int position = 0;
		for (RegisteredBuilding b : buildings) {
			jdbc.sql("""
					INSERT INTO facility_building (facility_id, building_id, position, name, appraisal_grade, appraised_on,
					                               fire_acceptance)
					VALUES (:facilityId, :id, :position, :name, :grade, :appraisedOn, :fireAcceptance)""")
				.param("facilityId", facilityId)
				.param("id", b.id())
				.param("position", position++)
				.param("name", b.name())
				.param("grade", b.appraisalGrade())
				.param("appraisedOn", b.appraisedOn())
				.param("fireAcceptance", b.fireAcceptance())
				.update();
		}
	}

	void addChange(String facilityId, FacilityChange change) {
		jdbc.sql("""
				INSERT INTO facility_change (facility_id, changed_at, actor, source, changes)
				VALUES (:facilityId, :at, :actor, :source, :changes)""")
			.param("facilityId", facilityId)
			.param("at", change.at())
			.param("actor", change.actor())
			.param("source", change.source())
			.param("changes", json.writeValueAsString(change.changes()))
			.update();
	}

	List<FacilityChange> changes(String facilityId) {
		return jdbc.sql("SELECT changed_at, actor, source, changes FROM facility_change WHERE facility_id = :id ORDER BY id")
			.param("id", facilityId)
			.query((rs, n) -> new FacilityChange(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
					json.readValue(rs.getString(4), FIELDS)))
			.list();
	}

	private List<FacilityRecord> withBuildings(List<FacilityRecord> facilities) {
		if (facilities.isEmpty()) {
			return facilities;
		}
		Map<String, List<RegisteredBuilding>> byFacility = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT facility_id, building_id, name, appraisal_grade, appraised_on, fire_acceptance FROM facility_building
				WHERE facility_id IN (:ids) ORDER BY facility_id, position""")
			.param("ids", facilities.stream().map(FacilityRecord::id).toList())
			.query((rs, n) -> {
				byFacility.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new RegisteredBuilding(rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, LocalDate.class), rs.getString(6)));
				return null;
			})
			.list();
		return facilities.stream().map(f -> new FacilityRecord(f.id(), f.name(), f.kind(), f.township(), f.regionCode(),
				f.address(), f.legalRepresentative(), f.personInCharge(), f.phone(), f.bedCount(), f.licenceNo(),
				f.starRating(), f.latitude(), f.longitude(), f.operatingSince(), byFacility.getOrDefault(f.id(), List.of()),
				f.version(), f.registered(), f.updatedAt())).toList();
	}

	private static FacilityRecord row(ResultSet rs, int n) throws SQLException {
		return new FacilityRecord(rs.getString("id"), rs.getString("name"), rs.getString("kind"), rs.getString("township"),
				rs.getString("region_code"), rs.getString("address"), rs.getString("legal_representative"),
				rs.getString("person_in_charge"), rs.getString("phone"), (Integer) rs.getObject("bed_count", Integer.class),
				rs.getString("licence_no"), rs.getObject("star_rating", Integer.class), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getObject("operating_since", LocalDate.class), List.of(),
				rs.getInt("version"), rs.getBoolean("registered"), rs.getObject("updated_at", OffsetDateTime.class));
	}

}

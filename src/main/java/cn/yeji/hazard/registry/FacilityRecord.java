package cn.yeji.hazard.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the district keeps on file for an institution (一院一档). {@code registered} is false for one the
 * ledger only knows from a record that named it; {@code version} moves on with every change.
 */
public record FacilityRecord(String id, String name, String kind, String township, String regionCode, String address,
		String legalRepresentative, String personInCharge, String phone, Integer bedCount, String licenceNo,
		Integer starRating, Double latitude, Double longitude, LocalDate operatingSince, List<RegisteredBuilding> buildings,
		int version, boolean registered, OffsetDateTime updatedAt) {

	public FacilityRecord {
		buildings = buildings == null ? List.of() : List.copyOf(buildings);
	}

	/** The same facts under another version. */
	FacilityRecord withVersion(int newVersion, boolean nowRegistered, OffsetDateTime at) {
		return new FacilityRecord(id, name, kind, township, regionCode, address, legalRepresentative, personInCharge, phone,
				bedCount, licenceNo, starRating, latitude, longitude, operatingSince, buildings, newVersion, nowRegistered, at);
	}

	/**
	 * Every fact on file by its API field name, as text ({@code null}: not on file); buildings as
	 * {@code buildings[B1].appraisalGrade}. Two records with the same facts give the same map.
	 */
	Map<String, String> facts() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("name", name);
		facts.put("kind", kind);
		facts.put("township", township);
		facts.put("regionCode", regionCode);
		facts.put("address", address);
		facts.put("legalRepresentative", legalRepresentative);
		facts.put("personInCharge", personInCharge);
		facts.put("phone", phone);
		facts.put("bedCount", text(bedCount));
		facts.put("licenceNo", licenceNo);
		facts.put("starRating", text(starRating));
		facts.put("latitude", text(latitude));
		facts.put("longitude", text(longitude));
		facts.put("operatingSince", text(operatingSince));
		for (RegisteredBuilding b : buildings) {
			String at = "buildings[" + b.id() + "].";
			facts.put(at + "name", b.name());
			facts.put(at + "appraisalGrade", b.appraisalGrade());
			facts.put(at + "appraisedOn", text(b.appraisedOn()));
			facts.put(at + "fireAcceptance", b.fireAcceptance());
		}
		facts.values().removeIf(Objects::isNull);
		return facts;
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

}

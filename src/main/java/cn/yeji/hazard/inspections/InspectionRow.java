package cn.yeji.hazard.inspections;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded inspection as stored; the request and verdict are kept as the JSON that was exchanged. */
record InspectionRow(long id, String facilityId, String facilityName, String township, String channel,
		String inspector, LocalDate date, OffsetDateTime recordedAt, String rulesetVersion, String verdict,
		String requestJson, String verdictJson) {
}

package cn.yeji.hazard.hazards;

import java.time.OffsetDateTime;

/**
 * One row of an entry's history. {@code actor} is the signed-in account that made the change;
 * {@code onBehalfOf} the name typed into the request, when it differs.
 */
record HazardEventRow(OffsetDateTime at, String actor, String onBehalfOf, HazardEventKind event, HazardStatus fromStatus,
		HazardStatus toStatus, String note, Long inspectionId, Long complaintId) {
}

package cn.yeji.hazard.ledger;

import java.time.OffsetDateTime;

/** One row of an entry's history. */
record HazardEventRow(OffsetDateTime at, String actor, HazardEventKind event, HazardStatus fromStatus,
		HazardStatus toStatus, String note, Long inspectionId, Long complaintId) {
}

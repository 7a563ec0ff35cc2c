package cn.yeji.hazard.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded activity as stored. */
record ActivityRow(long id, String kind, String facilityId, String township, LocalDate heldOn, String conductedBy,
		String note, OffsetDateTime recordedAt) {
}

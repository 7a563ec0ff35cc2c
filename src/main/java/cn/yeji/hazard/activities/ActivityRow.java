package cn.yeji.hazard.activities;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded activity as stored. */
public record ActivityRow(long id, String kind, String facilityId, String township, LocalDate heldOn, String conductedBy,
		String note, OffsetDateTime recordedAt) {
}

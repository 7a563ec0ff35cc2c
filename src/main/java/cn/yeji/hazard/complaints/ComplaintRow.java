package cn.yeji.hazard.complaints;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A public report as stored. */
record ComplaintRow(long id, String facilityId, String facilityName, String township, String source,
		LocalDate receivedOn, String content, String status, String verifiedBy, LocalDate verifiedOn,
		String verificationNote, String ruleId, Long hazardId, OffsetDateTime recordedAt, int version, String recordedBy,
		String verificationRecordedBy) {
}

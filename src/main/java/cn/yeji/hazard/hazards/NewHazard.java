package cn.yeji.hazard.hazards;

import java.time.LocalDate;

/**
 * What opens a ledger entry: a finding of a recorded inspection, or a verified public report.
 * {@code escalationReason} is set when the verdict asked for 提级治理 under the same clause.
 */
public record NewHazard(String facilityId, String township, String ruleId, String level, String title, String channel,
		LocalDate foundOn, String evidenceJson, Long inspectionId, Long complaintId, String actor,
		String escalationReason) {

	/** The key of the one open entry a facility may have per clause. */
	String openKey() {
		return facilityId + "|" + ruleId;
	}

}

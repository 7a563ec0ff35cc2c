package cn.yeji.hazard.registry;

import java.time.LocalDate;

/**
 * A building on file: its appraisal (危险房屋鉴定等级) and fire acceptance, as the district last recorded them.
 *
 * @param appraisalGrade A, B, C, D or NOT_APPRAISED; {@code null} when not on file
 * @param fireAcceptance ACCEPTED, FILED, MISSING or NOT_REQUIRED; {@code null} when not on file
 */
public record RegisteredBuilding(String id, String name, String appraisalGrade, LocalDate appraisedOn,
		String fireAcceptance) {
}

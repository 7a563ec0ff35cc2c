package cn.yeji.hazard.ledger;

import java.util.UUID;

/** Requests an inspector or an officer would send, for a facility of the test's own. */
public final class LedgerRequests {

	private LedgerRequests() {
	}

	public static String newFacilityId() {
		return "T-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** A grade-D building (MCA2023-4.1) and an unlicensed canteen (MCA2023-5.2): two MAJOR findings. */
	public static String inspectionWithTwoMajorFindings(String facilityId, String township, String date) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "341504", "township": "%s",
				              "residentCount": 40, "dependentResidentCount": 10},
				 "inspection": {"date": "%s", "channel": "SUPERVISORY_INSPECTION", "inspector": "区民政局 张三"},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}],
				 "canteen": {"present": true, "foodBusinessLicense": false}}
				""".formatted(facilityId, township, date);
	}

	public static String assignment(int version, String deadline) {
		return """
				{"version": %d, "actor": "镇民政办 李四", "rectificationUnit": "测试养老院", "responsiblePerson": "王院长",
				 "deadline": "%s", "measures": "停用危房，老人转移安置", "funding": "机构自筹 5 万元",
				 "interimControls": "危房周边设置警戒"}
				""".formatted(version, deadline);
	}

	public static String move(int version, String to, String note) {
		return """
				{"version": %d, "actor": "镇民政办 李四", "to": "%s", "note": "%s"}
				""".formatted(version, to, note);
	}

	public static String close(int version, String acceptedOn) {
		return """
				{"version": %d, "actor": "区民政局 赵六", "to": "CLOSED", "note": "复查合格",
				 "acceptance": {"acceptedBy": "区民政局 赵六", "acceptedOn": "%s", "note": "危房已拆除"}}
				""".formatted(version, acceptedOn);
	}

}

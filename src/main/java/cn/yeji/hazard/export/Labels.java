package cn.yeji.hazard.export;

import java.util.Map;

/** The Chinese words a report uses for the API's codes; an unknown code is shown as it is. */
public final class Labels {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("MAJOR", "重大隐患"),
			Map.entry("GENERAL", "一般隐患"), Map.entry("REVIEW", "需专家论证"), Map.entry("SELF_CHECK", "机构自查"),
			Map.entry("SUPERVISORY_INSPECTION", "督导检查"), Map.entry("JOINT_INSPECTION", "联合检查"),
			Map.entry("PUBLIC_REPORT", "群众举报"), Map.entry("THIRD_PARTY_ASSESSMENT", "第三方评估"),
			Map.entry("OPEN", "待整改"), Map.entry("RECTIFYING", "整改中"), Map.entry("PENDING_ACCEPTANCE", "待验收"),
			Map.entry("CLOSED", "已销号"), Map.entry("INSTITUTION", "养老机构"), Map.entry("TOWNSHIP", "乡镇（街道）"));

	private Labels() {
	}

	public static String of(String code) {
		return code == null ? null : WORDS.getOrDefault(code, code);
	}

}

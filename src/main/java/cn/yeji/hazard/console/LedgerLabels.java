package cn.yeji.hazard.console;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.determination.FactLabels.Option;
import cn.yeji.hazard.export.Labels;

/**
 * The Chinese words for the ledger's codes, as its pages show them ({@code @ledgerLabels} in a template):
 * statuses, levels and channels as the exports name them, and the kinds of history events, reports and
 * activities. An unknown code is shown as it is.
 */
@Component("ledgerLabels")
public class LedgerLabels {

	private static final Map<String, List<Option>> OPTIONS = Map.of(
			"status", options("OPEN", "RECTIFYING", "PENDING_ACCEPTANCE", "CLOSED"),
			"level", options("MAJOR", "REVIEW", "GENERAL"),
			"overdue", List.of(new Option("true", "仅逾期"), new Option("false", "未逾期")),
			"channel", options("SUPERVISORY_INSPECTION", "SELF_CHECK", "JOINT_INSPECTION", "PUBLIC_REPORT",
					"THIRD_PARTY_ASSESSMENT"),
			"event", List.of(new Option("OPENED", "登记隐患"), new Option("JOINED", "再次发现，并入本条"),
					new Option("ASSIGNED", "落实整改责任"), new Option("STATUS_CHANGED", "状态变更"),
					new Option("ACCEPTANCE_REFUSED", "验收不通过"), new Option("CLOSED", "验收销号"),
					new Option("ESCALATED", "提级治理")),
			"source", List.of(new Option("HOTLINE_12345", "12345 热线"), new Option("HOTLINE_12349", "12349 养老服务热线"),
					new Option("LETTER", "来信"), new Option("ONLINE", "网上举报"), new Option("OTHER", "其他")),
			"complaintStatus", List.of(new Option("RECEIVED", "待核查"), new Option("CONFIRMED", "查实"),
					new Option("UNFOUNDED", "不属实")),
			"activity", List.of(new Option("DISTRICT_CHECK", "区民政局检查"), new Option("SELF_CHECK", "机构自查"),
					new Option("STAFF_TRAINING", "全员安全培训"), new Option("EVACUATION_DRILL", "疏散逃生演练"),
					new Option("PRINCIPAL_TRAINING", "主要负责人和安全管理人员培训（乡镇组织）")));

	private static List<Option> options(String... codes) {
		return java.util.Arrays.stream(codes).map(c -> new Option(c, Labels.of(c))).toList();
	}


	/** The choices of one kind of code, in the order a form offers them. */
	public List<Option> options(String kind) {
		return OPTIONS.getOrDefault(kind, List.of());
	}

	/** {@code code} of {@code kind} (status, level, channel, event, source, complaintStatus, activity) in words. */
	public String of(String kind, Object code) {
		if (code == null) {
			return "";
		}
		return label(kind, code instanceof Enum<?> e ? e.name() : String.valueOf(code));
	}

	/** {@link #of}, for words written in Java (a notice). */
	public static String label(String kind, String code) {
		return OPTIONS.getOrDefault(kind, List.of()).stream().filter(o -> o.value().equals(code)).map(Option::label)
			.findFirst().orElse(code);
	}

}

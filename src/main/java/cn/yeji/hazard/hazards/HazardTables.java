package cn.yeji.hazard.hazards;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.export.Table;

/** The ledger as an officer's spreadsheet (隐患台账). */
final class HazardTables {

	private static final List<String> HEADERS = List.of("台账编号", "机构编号", "机构名称", "乡镇（街道）", "条款", "隐患等级",
			"隐患描述", "发现渠道", "发现日期", "整改责任单位", "整改责任人", "整改期限", "整改措施", "整改资金", "临时管控措施", "状态", "是否逾期",
			"是否提级治理", "提级治理原因", "验收不通过次数", "验收人", "验收日期", "销号日期");

	private HazardTables() {
	}

	static Table hazards(List<HazardRow> rows, LocalDate today) {
		return new Table("隐患台账", HEADERS, rows.stream().map(h -> row(h, today)).toList());
	}

	private static List<Object> row(HazardRow h, LocalDate today) {
		return Arrays.asList(h.id(), h.facilityId(), h.facilityName(), h.township(), h.ruleId(), Labels.of(h.level()),
				h.title(), Labels.of(h.channel()), h.foundOn(), h.rectificationUnit(), h.responsiblePerson(), h.deadline(),
				h.measures(), h.funding(), h.interimControls(), Labels.of(h.status().name()), h.overdueOn(today),
				h.escalated(), h.escalationReason(), h.refusals(), h.acceptedBy(), h.acceptedOn(), h.closedOn());
	}

}

package cn.yeji.hazard.governance;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.determination.FactLabels;
import cn.yeji.hazard.rules.ReloadAttempt.Outcome;

/**
 * The rules pages' words for what the API writes as codes ({@code @rulesLabels} in a template): reload
 * outcomes and triggers, how sure a rule's text is, and the outcomes a revision changes.
 */
@Component("rulesLabels")
class RulesLabels {

	private static final Map<String, String> CONFIDENCE = Map.of("CONFIRMED_NATIONAL_TEXT", "国家标准原文已核对",
			"PARTLY_CONFIRMED_NATIONAL_TEXT", "国家标准原文部分核对", "UNCONFIRMED_NATIONAL_TEXT", "国家标准原文尚未核对",
			"DISTRICT_CLAUSE", "区级条款（本项目起草）");

	private static final Map<String, String> TRIGGERS = Map.of("console", "工作台", "request", "API 请求", "file change",
			"规则目录文件变化");

	/** What a compliance case or a refused request "verdict" reads as, beside the determination verdicts. */
	private static final Map<String, String> OUTCOMES = Map.of("COMPLIANT", "频次达标", "SHORT", "频次未达标", "REJECTED",
			"请求被拒绝");

	/** How an activation came about (ruleset_activation.source). */
	private static final Map<String, String> SOURCES = Map.of("START", "服务启动", "RELOAD", "重新加载", "ROLLBACK", "回退",
			"APPROVAL", "审批启用");

	private static final Map<String, String> REVISION_STATUS = Map.of("PENDING", "待审批", "APPROVED", "已批准",
			"REJECTED", "已驳回");

	private static final Map<String, String> CHANGE_KINDS = Map.of("PARAMETER", "参数", "RULE_ADDED", "新增条款",
			"RULE_REMOVED", "删除条款", "RULE_TEXT", "条文修改");

	private final FactLabels facts;

	RulesLabels(FactLabels facts) {
		this.facts = facts;
	}

	public String outcome(Outcome outcome) {
		return switch (outcome) {
			case ACTIVATED -> "已启用新规则";
			case UNCHANGED -> "未变化（规则目录与现行规则相同）";
			case REJECTED -> "已拒绝（现行规则继续使用）";
		};
	}

	public String source(String source) {
		return SOURCES.getOrDefault(source, source);
	}

	public String status(String status) {
		return REVISION_STATUS.getOrDefault(status, status);
	}

	public String changeKind(String kind) {
		return CHANGE_KINDS.getOrDefault(kind, kind);
	}

	public String trigger(String trigger) {
		return TRIGGERS.getOrDefault(trigger, trigger);
	}

	public String confidence(String confidence) {
		return CONFIDENCE.getOrDefault(confidence, confidence);
	}

	/** A level or mode, or 不适用 for a compliance rule, which has neither. */
	public String value(Object value) {
		return value == null ? "不适用" : facts.value(value);
	}

	/** A case's verdict (or compliance outcome) before or after a revision. */
	public String verdict(String verdict) {
		return OUTCOMES.getOrDefault(verdict, facts.value(verdict));
	}

	/** {@code GB35181-7.2.2:GENERAL} → GB35181-7.2.2（一般隐患）; a shortfall's key stays as it is. */
	public List<String> findings(List<String> keys) {
		return keys.stream().map(k -> {
			int colon = k.lastIndexOf(':');
			return colon < 0 ? k : k.substring(0, colon) + "（" + facts.value(k.substring(colon + 1)) + "）";
		}).toList();
	}

}

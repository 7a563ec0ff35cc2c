package cn.yeji.hazard.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Writes the rules catalog officers read in {@code docs/rules-catalog.md}, straight from the loaded rules. */
public final class RulesCatalog {

	/**
	 * Everything from this line on is written by hand (what changed and why, for officers) and kept as it is when
	 * the generated part above it is rewritten.
	 */
	public static final String HAND_WRITTEN = "<!-- 以下为人工编写的修订说明，RulesCatalogDocTest 不生成、不校验，重新生成时保留 -->";

	private RulesCatalog() {
	}

	public static String markdown(Ruleset ruleset) {
		StringBuilder md = new StringBuilder();
		md.append("# 规则目录（rules catalog）\n\n");
		md.append("本文件由测试 `RulesCatalogDocTest` 依据 `rules/` 生成并校验；规则变化后运行\n");
		md.append("`mvn test -Dtest=RulesCatalogDocTest -Dhazard.catalog.write=true` 重新生成。\n\n");
		md.append("可信度：CONFIRMED_NATIONAL_TEXT 国家文本已核对；PARTLY_CONFIRMED_NATIONAL_TEXT 部分核对；")
			.append("UNCONFIRMED_NATIONAL_TEXT 未核对；DISTRICT_CLAUSE 本项目起草的区级条款（非正式发布文本）。\n");
		for (RulePack pack : ruleset.packs()) {
			List<RuleInfo> rules = (pack.isCompliance() ? ruleset.complianceRules() : ruleset.rules()).stream()
				.filter(r -> r.pack().equals(pack.id()))
				.toList();
			md.append("\n## ").append(pack.name()).append("\n\n");
			md.append("规则包 `").append(pack.id()).append("`，适用地区：")
				.append(pack.jurisdiction().isEmpty() ? "全国" : "行政区划代码以 " + pack.jurisdiction() + " 开头")
				.append(pack.isCompliance() ? "" : "，适用机构类型：" + kinds(pack))
				.append("，规则数 ").append(rules.size())
				.append(pack.isCompliance() ? "。频次核查规则（不参与隐患判定，见 GET /api/v1/compliance）。\n\n" : "。\n\n");
			if (!pack.isCompliance()) {
				md.append(standing(pack));
			}
			md.append("| 规则编号 | 等级 | 方式 | 标题 | 依据 | 可信度 | 文件 |\n");
			md.append("|---|---|---|---|---|---|---|\n");
			for (RuleInfo r : rules) {
				md.append("| ").append(r.ruleId())
					.append(" | ").append(r.level() == null ? "—" : r.level())
					.append(" | ").append(r.mode() == null ? "—" : r.mode())
					.append(" | ").append(cell(r.title()))
					.append(" | ").append(cell(r.basis().stream().map(b -> b.document() + " " + b.clause())
						.collect(Collectors.joining("；"))))
					.append(" | ").append(r.confidence())
					.append(" | `").append(r.file()).append("` |\n");
			}
		}
		md.append("\n## 可调参数（parameters.yaml）\n\n| 规则包 | 参数 | 值 |\n|---|---|---|\n");
		for (cn.yeji.hazard.facts.Parameter p : ruleset.parameters()) {
			md.append("| ").append(p.pack()).append(" | ").append(p.name()).append(" | ")
				.append(p.doubleValue() == p.intValue() ? String.valueOf(p.intValue()) : String.valueOf(p.doubleValue()))
				.append(" |\n");
		}
		md.append("\n## 检查项目录\n\n| 代码 | 名称 | 条款 | 人员密集场所要素 | 比例 | 细分情形（variant）及同时计入的要素 |\n")
			.append("|---|---|---|---|---|---|\n");
		for (ObservationCode c : ruleset.observationCodes()) {
			md.append("| ").append(c.code()).append(" | ").append(cell(c.title())).append(" | ").append(c.clause())
				.append(" | ").append(c.crowded() ? "是" : "").append(" | ").append(c.ratio() ? "是" : "")
				.append(" | ").append(cell(c.variants().stream()
					.map(v -> v.variant() + " " + v.title() + (v.alsoCounts() == null ? "" : " → " + v.alsoCounts()))
					.collect(Collectors.joining("<br>"))))
				.append(" |\n");
		}
		return md.toString();
	}

	/** The pack's window and status, and the articles it declares unencoded (pack.yaml). */
	private static String standing(RulePack pack) {
		RulePack.Validity v = pack.validity();
		StringBuilder md = new StringBuilder("有效期：")
			.append(v.from() == null && v.to() == null ? "不限（pack.yaml 未写 effectiveFrom、effectiveTo）"
					: (v.from() == null ? "" : v.from() + " 起") + (v.to() == null ? "" : "至 " + v.to() + " 止"))
			.append(v.referenceAfterExpiry() ? "；此后仅作参考（REFERENCE：结论至多为需专家论证，依据注明已被 " + v.supersededBy() + " 替代）" : "")
			.append("。状态：")
			.append(pack.isDraft() ? "DRAFT（指引未印发：pack.yaml 没有 issued 文号和日期，结论的依据注明“指引未印发”）"
					: pack.issued() != null ? "已印发（" + pack.issued().number() + "，" + pack.issued().date() + "），有效期内为 IN_FORCE"
							: "国家标准，有效期内为 IN_FORCE")
			.append("。\n\n");
		if (!pack.notEncoded().isEmpty()) {
			md.append("没有规则核查的条款（判定结果 coverage.notEncoded 列出）：\n\n| 文件 | 条款 | 说明 | 列出自 |\n|---|---|---|---|\n");
			for (RulePack.NotEncoded n : pack.notEncoded()) {
				md.append("| ").append(cell(n.document())).append(" | ").append(cell(n.clause())).append(" | ")
					.append(cell(n.note())).append(" | ").append(n.from() == null ? "本包适用时" : n.from() + " 起的检查")
					.append(" |\n");
			}
			md.append("\n");
		}
		return md.toString();
	}

	private static String kinds(RulePack pack) {
		if (pack.facilityKinds().isEmpty()) {
			return "所有机构类型";
		}
		return pack.facilityKinds().stream()
			.map(k -> switch (k) {
				case INSTITUTION -> "养老机构（INSTITUTION）";
				case COMMUNITY_FACILITY -> "社区养老服务设施（COMMUNITY_FACILITY）";
			})
			.collect(Collectors.joining("、")) + "，其他类型不适用";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

}

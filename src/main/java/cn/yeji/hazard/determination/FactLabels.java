package cn.yeji.hazard.determination;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.rules.RulesetHolder;

/**
 * The Chinese words for the contract's facts and values, as the console shows them: a fact path
 * ({@code buildings[0].dangerousBuildingGrade}) as 建筑 1 · 危险房屋鉴定等级, a value ({@code C}, {@code true})
 * as C 级, 是. Templates reach it as {@code @factLabels}. An unknown path or value is shown as it is.
 */
@Component("factLabels")
public class FactLabels {

	/** One choice of an enumerated fact: the value the API takes and its Chinese label. */
	public record Option(String value, String label) {
	}

	private static final Map<String, String> SECTIONS = Map.ofEntries(Map.entry("facility", "机构"),
			Map.entry("inspection", "检查"), Map.entry("buildings", "建筑"), Map.entry("authorityFindings", "部门检查结论"),
			Map.entry("specialEquipment", "特种设备"), Map.entry("medicalUnit", "内设医疗机构"), Map.entry("canteen", "食堂"),
			Map.entry("staff", "人员"), Map.entry("fireControlRoom", "消防控制室"), Map.entry("management", "安全管理"),
			Map.entry("observations", "现场检查项"));

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("facility.id", "机构编号"),
			Map.entry("facility.name", "机构名称"), Map.entry("facility.regionCode", "行政区划代码"),
			Map.entry("facility.township", "所属乡镇（街道）"), Map.entry("facility.kind", "机构类型"),
			Map.entry("facility.bedCount", "床位数"), Map.entry("facility.residentCount", "在住老年人数"),
			Map.entry("facility.dependentResidentCount", "其中失能、半失能老年人数"), Map.entry("inspection.date", "检查日期"),
			Map.entry("inspection.channel", "检查方式"), Map.entry("inspection.inspector", "检查人员"),
			Map.entry("id", "编号"), Map.entry("name", "名称"), Map.entry("dangerousBuildingGrade", "危险房屋鉴定等级"),
			Map.entry("housingAuthorityMajorRisk", "住建部门研判存在重大隐患"), Map.entry("sandwichPanel", "彩钢夹芯板"),
			Map.entry("sandwichPanel.present", "有彩钢夹芯板"), Map.entry("sandwichPanel.coreFireClass", "夹芯板芯材燃烧性能等级"),
			Map.entry("sandwichPanel.occupied", "夹芯板建筑有人居住或活动"), Map.entry("combustibleDecoration", "易燃可燃材料装修装饰"),
			Map.entry("highRise", "高层建筑"), Map.entry("underground", "地下建筑"),
			Map.entry("elderlyRoomsOnNonCompliantFloor", "老年人居住、活动用房所在楼层不符合消防技术标准"),
			Map.entry("commercialSelfBuilt", "经营性自建房"), Map.entry("fireAcceptance", "消防验收或备案"),
			Map.entry("issuer", "出具单位"), Map.entry("scope", "检查范围"), Map.entry("majorHazard", "认定为重大隐患"),
			Map.entry("documentNo", "文号"), Map.entry("date", "日期"), Map.entry("category", "类别"),
			Map.entry("inService", "在用"), Map.entry("manufactureLicensed", "有制造许可"), Map.entry("inspectionStatus", "检验状态"),
			Map.entry("stateEliminated", "国家明令淘汰"), Map.entry("scrapped", "已报废"), Map.entry("role", "岗位"),
			Map.entry("certified", "持证"), Map.entry("medicalUnit.present", "有内设医疗机构"),
			Map.entry("medicalUnit.practiceLicense", "有执业许可"), Map.entry("medicalUnit.filed", "已备案"),
			Map.entry("canteen.present", "有食堂"), Map.entry("canteen.foodBusinessLicense", "有食品经营许可"),
			Map.entry("fireControlRoom.present", "有消防控制室"), Map.entry("fireControlRoom.staffPerShift", "每班值班人数"),
			Map.entry("fireControlRoom.staffed24h", "24 小时值班"), Map.entry("management.duty24h", "24 小时值班"),
			Map.entry("management.emergencyPlan", "有应急预案"), Map.entry("management.lastEvacuationDrill", "最近一次疏散演练"),
			Map.entry("management.lastStaffSafetyTraining", "最近一次全员安全培训"),
			Map.entry("management.evacuationDrillNever", "从未组织疏散逃生演练"),
			Map.entry("management.staffSafetyTrainingNever", "从未组织全员安全培训"), Map.entry("code", "检查项"),
			Map.entry("variant", "细分情形"),
			Map.entry("ratio", "损坏比例"), Map.entry("buildingId", "所在建筑"), Map.entry("correctableOnSpot", "当场改正"),
			Map.entry("note", "说明"), Map.entry("location", "位置"));

	static final Map<String, List<Option>> OPTIONS = Map.ofEntries(
			Map.entry("kind", List.of(new Option("INSTITUTION", "养老机构"), new Option("COMMUNITY_FACILITY", "社区养老服务设施"))),
			Map.entry("channel", List.of(new Option("SUPERVISORY_INSPECTION", "督导检查"), new Option("SELF_CHECK", "机构自查"),
					new Option("JOINT_INSPECTION", "联合检查"), new Option("PUBLIC_REPORT", "群众举报核查"),
					new Option("THIRD_PARTY_ASSESSMENT", "第三方评估"))),
			Map.entry("grade", List.of(new Option("A", "A 级"), new Option("B", "B 级"), new Option("C", "C 级"),
					new Option("D", "D 级"), new Option("NOT_APPRAISED", "未鉴定"))),
			Map.entry("coreFireClass", List.of(new Option("A", "A 级（不燃）"), new Option("B1", "B1 级（难燃）"),
					new Option("B2", "B2 级（可燃）"), new Option("B3", "B3 级（易燃）"))),
			Map.entry("decoration", List.of(new Option("NONE", "无"), new Option("LIMITED", "少量"), new Option("EXTENSIVE", "大量"))),
			Map.entry("fireAcceptance", List.of(new Option("ACCEPTED", "已验收"), new Option("FILED", "已备案"),
					new Option("MISSING", "未取得"), new Option("NOT_REQUIRED", "无需"))),
			Map.entry("issuer", List.of(new Option("HOUSING", "住建部门"), new Option("FIRE_RESCUE", "消防救援机构"),
					new Option("THIRD_PARTY", "第三方专业机构"), new Option("OTHER_AUTHORITY", "其他部门"))),
			Map.entry("scope", List.of(new Option("FIRE_DESIGN", "消防设计"), new Option("FIRE_SYSTEMS", "消防设施"),
					new Option("ELECTRICAL", "电气"), new Option("GAS", "燃气"), new Option("STRUCTURE", "建筑结构"),
					new Option("OTHER", "其他"))),
			Map.entry("category", List.of(new Option("ELEVATOR", "电梯"), new Option("BOILER", "锅炉"),
					new Option("PRESSURE_VESSEL", "压力容器"), new Option("OXYGEN_PIPELINE", "氧气管道"), new Option("OTHER", "其他"))),
			Map.entry("inspectionStatus", List.of(new Option("PASSED", "检验合格"), new Option("FAILED", "检验不合格"),
					new Option("NOT_INSPECTED", "未经检验"), new Option("OVERDUE", "超期未检"))),
			Map.entry("staffRole", List.of(new Option("SPECIAL_EQUIPMENT_SAFETY_MANAGER", "特种设备安全管理人员"),
					new Option("SPECIAL_EQUIPMENT_OPERATOR", "特种设备作业人员"), new Option("SPECIAL_EQUIPMENT_TESTER", "特种设备检测人员"),
					new Option("FIRE_CONTROL_ROOM_OPERATOR", "消防控制室值班人员"))));

	private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("true", "是"), Map.entry("false", "否"),
			Map.entry("MAJOR_HAZARD", "重大事故隐患"), Map.entry("EXPERT_REVIEW", "需专家论证"),
			Map.entry("GENERAL_HAZARD", "一般隐患"), Map.entry("NO_HAZARD", "未发现隐患"), Map.entry("MAJOR", "重大隐患"),
			Map.entry("GENERAL", "一般隐患"), Map.entry("REVIEW", "需专家论证"), Map.entry("DIRECT", "直接判定"),
			Map.entry("COMBINED", "综合判定"), Map.entry("EXPERT", "专家论证"), Map.entry("IN_FORCE", "现行有效"),
			Map.entry("REFERENCE", "已失效"), Map.entry("DRAFT", "指引未印发"));

	private static final Pattern ROW = Pattern.compile("^([A-Za-z]+)\\[(\\d+)]\\.?(.*)$");

	private final RulesetHolder rulesets;

	public FactLabels(RulesetHolder rulesets) {
		this.rulesets = rulesets;
	}

	/** The choices of an enumerated fact, for the form's selects. */
	public List<Option> options(String kind) {
		return OPTIONS.getOrDefault(kind, List.of());
	}

	/** {@code buildings[0].sandwichPanel.present} → 建筑 1 · 有彩钢夹芯板. */
	public String path(String path) {
		if (path == null) {
			return "";
		}
		Matcher row = ROW.matcher(path);
		if (row.matches()) {
			String section = SECTIONS.getOrDefault(row.group(1), row.group(1));
			String head = section + " " + (Integer.parseInt(row.group(2)) + 1);
			return row.group(3).isEmpty() ? head : head + " · " + FIELDS.getOrDefault(row.group(3), row.group(3));
		}
		if (FIELDS.containsKey(path)) {
			return FIELDS.get(path);
		}
		return SECTIONS.getOrDefault(path, path);
	}

	/** Which choices a field's values are: the leaf of its path → a key of {@link #OPTIONS}. */
	private static final Map<String, String> KIND_OF_FIELD = Map.ofEntries(Map.entry("kind", "kind"),
			Map.entry("channel", "channel"), Map.entry("dangerousBuildingGrade", "grade"),
			Map.entry("coreFireClass", "coreFireClass"), Map.entry("combustibleDecoration", "decoration"),
			Map.entry("fireAcceptance", "fireAcceptance"), Map.entry("issuer", "issuer"), Map.entry("scope", "scope"),
			Map.entry("category", "category"), Map.entry("inspectionStatus", "inspectionStatus"), Map.entry("role", "staffRole"));

	/** A verdict, level or mode, or 是/否, as the officer reads it. */
	public String value(Object value) {
		if (value == null) {
			return "未填写";
		}
		String text = String.valueOf(value);
		return VALUES.getOrDefault(text, text);
	}

	/**
	 * The value of the fact at {@code path}: an enum's Chinese label for that field, an observation code's
	 * title from the catalog, 是/否, or as it is.
	 */
	public String value(String path, Object value) {
		if (value == null) {
			return value((Object) null);
		}
		String leaf = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
		String text = String.valueOf(value);
		if (leaf.equals("code")) {
			return rulesets.current().observationCodes().stream().filter(c -> c.code().equals(text)).findFirst()
				.map(c -> c.title() + "（" + text + "）").orElse(text);
		}
		for (Option o : OPTIONS.getOrDefault(KIND_OF_FIELD.getOrDefault(leaf, ""), List.of())) {
			if (o.value().equals(text)) {
				return o.label();
			}
		}
		return value((Object) text);
	}

}

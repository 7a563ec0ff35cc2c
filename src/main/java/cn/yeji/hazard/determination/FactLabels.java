package cn.yeji.hazard.determination;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.Labels;
import cn.yeji.hazard.system.Labels.Option;

/**
 * The Chinese words for the contract's facts and values, as the console shows them: a fact path
 * ({@code buildings[0].dangerousBuildingGrade}) as 建筑 1 · 危险房屋鉴定等级, a value ({@code C}, {@code true})
 * as C 级, 是. Templates reach it as {@code @factLabels}. The words are the shared ones ({@link Labels}:
 * {@code section.*}, {@code field.*} and the facts' enumerations); this class knows how a path is built and
 * which field takes which choices. An unknown path or value is shown as it is.
 */
@Component("factLabels")
public class FactLabels {

	/** The file's kind for a kind the templates name otherwise ({@code options('kind')}). */
	private static final Map<String, String> FILE_KINDS = Map.of("kind", "facilityKind", "category",
			"equipmentCategory");

	/** Which choices a field's values are: the leaf of its path → a kind of the shared words. */
	private static final Map<String, String> KIND_OF_FIELD = Map.ofEntries(Map.entry("kind", "facilityKind"),
			Map.entry("channel", "channel"), Map.entry("dangerousBuildingGrade", "grade"),
			Map.entry("coreFireClass", "coreFireClass"), Map.entry("combustibleDecoration", "decoration"),
			Map.entry("fireAcceptance", "fireAcceptance"), Map.entry("issuer", "issuer"), Map.entry("scope", "scope"),
			Map.entry("category", "equipmentCategory"), Map.entry("inspectionStatus", "inspectionStatus"),
			Map.entry("role", "staffRole"));

	/** The kinds a bare value without its field is looked up in: a verdict, level, mode, pack status, 是/否. */
	private static final List<String> VALUE_KINDS = List.of("verdict", "level", "mode", "packStatus", "bool");

	private static final Pattern ROW = Pattern.compile("^([A-Za-z]+)\\[(\\d+)]\\.?(.*)$");

	private final RulesetHolder rulesets;

	public FactLabels(RulesetHolder rulesets) {
		this.rulesets = rulesets;
	}

	/** The choices of an enumerated fact, for the form's selects. */
	public List<Option> options(String kind) {
		return Labels.options(FILE_KINDS.getOrDefault(kind, kind));
	}

	/** {@code buildings[0].sandwichPanel.present} → 建筑 1 · 有彩钢夹芯板. */
	public String path(String path) {
		if (path == null) {
			return "";
		}
		Matcher row = ROW.matcher(path);
		if (row.matches()) {
			String head = Labels.of("section", row.group(1)) + " " + (Integer.parseInt(row.group(2)) + 1);
			return row.group(3).isEmpty() ? head : head + " · " + Labels.of("field", row.group(3));
		}
		if (Labels.has("field", path)) {
			return Labels.of("field", path);
		}
		return Labels.of("section", path);
	}

	/**
	 * A form control as the error summary names it: {@code assignment.deadline} → 整改期限,
	 * {@code buildings[0].id} → 建筑 1 · 编号. A control is a fact path, or a form's name and the API field it
	 * holds; one with no words yet is shown as it is.
	 */
	public String control(String key) {
		if (key == null) {
			return "";
		}
		if (Labels.has("control", key)) {
			return Labels.of("control", key); // a console control that is no API field (confirmPassword, decision)
		}
		String words = path(key);
		int dot = key.indexOf('.');
		if (words.equals(key) && dot > 0) {
			String field = key.substring(dot + 1);
			String inForm = path(field);
			return inForm.equals(field) ? key : inForm;
		}
		return words;
	}

	/** A verdict, level or mode, or 是/否, as the officer reads it. */
	public String value(Object value) {
		if (value == null) {
			return "未填写";
		}
		return Labels.among(VALUE_KINDS, String.valueOf(value));
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
		if (leaf.equals("variant")) {
			// a variant's words are its catalog title, as the inspector picked it on the form
			return rulesets.current().observationCodes().stream().flatMap(c -> c.variants().stream())
				.filter(v -> v.variant().equals(text)).findFirst().map(v -> v.title()).orElse(text);
		}
		String kind = KIND_OF_FIELD.get(leaf);
		if (kind != null && Labels.has(kind, text)) {
			return Labels.of(kind, text);
		}
		return value((Object) text);
	}

}

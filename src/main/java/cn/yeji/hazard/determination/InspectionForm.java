package cn.yeji.hazard.determination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.system.ApiRequests;
import cn.yeji.hazard.system.FormTree;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The console's inspection form as a determination request. Controls are named by the request's own
 * paths ({@code facility.id}, {@code buildings[0].dangerousBuildingGrade}); a blank control is a fact
 * nobody checked (未查) and is left out, never read as compliant. Rows of a list that were left blank
 * are dropped; a list with no row is unknown unless {@code <list>.none} says there are none.
 * Observations are the checked boxes {@code observation=<CODE>} with {@code ratio.<CODE>} (or the counts
 * {@code total.<CODE>} and {@code damaged.<CODE>}), {@code building.<CODE>}, {@code correctable.<CODE>}
 * and {@code note.<CODE>} beside them. Every problem is reported under the name of the control that
 * holds it, so the page can show it there.
 */
public final class InspectionForm {

	/** The form's Idempotency-Key: one per form shown, so a submit sent twice records once. */
	public static final String KEY = "idempotencyKey";

	/** The request's lists, whose rows the form numbers. */
	public static final List<String> LISTS = List.of("buildings", "authorityFindings", "specialEquipment", "staff");

	private static final Pattern ROW_PATH = Pattern.compile("^observations\\[(\\d+)](.*)$");

	private static final Set<String> BESIDE_OBSERVATION = Set.of("ratio", "building", "correctable", "note", "total",
			"damaged", "variant");

	private final FormTree form;

	private final List<String> observed = new ArrayList<>();

	private final List<FieldProblem> problems = new ArrayList<>();

	private InspectionForm(FormTree form) {
		this.form = form;
		problems.addAll(form.problems());
	}

	/** Reads the submitted controls; nothing is checked against the contract yet. */
	public static InspectionForm of(MultiValueMap<String, String> params) {
		InspectionForm form = new InspectionForm(FormTree.of(params, InspectionForm::notAField, LISTS));
		form.observations(params);
		return form;
	}

	private static boolean notAField(String name) {
		return name.equals("action") || name.equals("add") || name.equals(KEY) || name.equals("observation")
				|| BESIDE_OBSERVATION.contains(prefix(name));
	}

	/**
	 * The request the form describes, checked against the API's schema and the contract on {@code ruleset}:
	 * one answer names every offending control, as one 400 names every field.
	 * @throws InvalidRequestException naming every offending control
	 */
	public DeterminationRequestDto request(Ruleset ruleset) {
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		DeterminationRequestDto request;
		try {
			request = ApiRequests.bindForm(form.tree(), DeterminationRequestDto.class);
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException(controls(ex.problems()));
		}
		List<FieldProblem> invalid = new ArrayList<>(ApiRequests.schemaProblems(request));
		invalid.addAll(RequestChecks.problems(request, ruleset));
		if (!invalid.isEmpty()) {
			throw new InvalidRequestException(controls(invalid));
		}
		return request;
	}

	/** Problems about the request ({@code observations[1].ratio}) under the names of their controls ({@code ratio.X}). */
	public List<FieldProblem> controls(List<FieldProblem> requestProblems) {
		return requestProblems.stream().map(p -> new FieldProblem(control(p.field()), p.value(), p.message())).toList();
	}

	/** The observation codes checked, in the order of the form. */
	public List<String> observed() {
		return List.copyOf(observed);
	}

	String control(String path) {
		Matcher row = ROW_PATH.matcher(path);
		if (!row.matches() || Integer.parseInt(row.group(1)) >= observed.size()) {
			return form.control(path);
		}
		String code = observed.get(Integer.parseInt(row.group(1)));
		return switch (row.group(2)) {
			case ".ratio" -> "ratio." + code;
			case ".buildingId" -> "building." + code;
			case ".variant" -> "variant." + code;
			case ".correctableOnSpot" -> "correctable." + code;
			case ".note", ".location" -> "note." + code;
			default -> "observation";
		};
	}

	private void observations(MultiValueMap<String, String> params) {
		ArrayNode observations = form.tree().putArray("observations");
		List<String> codes = params.get("observation");
		for (String code : codes == null ? List.<String>of() : new LinkedHashSet<>(codes)) {
			if (code == null || code.isBlank()) {
				continue;
			}
			ObjectNode o = observations.addObject().put("code", code);
			observed.add(code);
			String ratio = ratio(params, code);
			if (ratio != null) {
				o.put("ratio", ratio);
			}
			putIfPresent(o, "buildingId", first(params.get("building." + code)));
			putIfPresent(o, "variant", first(params.get("variant." + code)));
			putIfPresent(o, "note", first(params.get("note." + code)));
			if ("true".equals(first(params.get("correctable." + code)))) {
				o.put("correctableOnSpot", "true");
			}
		}
	}

	/** The share given, or damaged ÷ total when only the counts were filled in (the page needs no script for it). */
	private String ratio(MultiValueMap<String, String> params, String code) {
		String given = first(params.get("ratio." + code));
		if (given != null) {
			return given;
		}
		String total = first(params.get("total." + code));
		String damaged = first(params.get("damaged." + code));
		if (total == null || damaged == null) {
			return null;
		}
		try {
			BigDecimal t = new BigDecimal(total);
			BigDecimal d = new BigDecimal(damaged);
			if (t.signum() <= 0 || d.signum() < 0 || d.compareTo(t) > 0) {
				problems.add(new FieldProblem("ratio." + code, damaged + "/" + total, "损坏数须在 0 到总数之间，总数须大于 0"));
				return null;
			}
			return d.divide(t, 3, RoundingMode.HALF_UP).toPlainString();
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("ratio." + code, damaged + "/" + total, "总数和损坏数须为整数"));
			return null;
		}
	}

	private static void putIfPresent(ObjectNode node, String key, String value) {
		if (value != null) {
			node.put(key, value);
		}
	}

	private static String prefix(String name) {
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	/** The first non-blank value, stripped; {@code null} when there is none (未查). */
	static String first(List<String> values) {
		return FormTree.first(values);
	}

	/** The controls' values as the page shows them again: one value per control, observation codes apart. */
	public static Map<String, String> values(MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, v) -> {
			if (!name.equals("observation") && !name.equals("_csrf") && !name.equals(KEY)) {
				String first = first(v);
				if (first != null) {
					values.put(name, first);
				}
			}
		});
		return values;
	}

}

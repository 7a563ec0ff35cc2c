package cn.yeji.hazard.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A console form as the JSON body the API would take: controls are named by the body's paths
 * ({@code facility.id}, {@code buildings[0].name}), values stay text until {@link ApiRequests#bindForm} reads
 * them as their fields' types. A blank control is a fact nobody gave and is left out; rows of a list that
 * were left blank are dropped, remembering which control row each kept row came from, so a problem about
 * the body can be shown beside the control that holds it ({@link #control}).
 */
public final class FormTree {

	/** More rows than the API accepts in any list; a higher index is refused, not allocated. */
	static final int MAX_ROWS = 200;

	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,40})(?:\\[(\\d{1,3})])?");

	private static final Pattern ROW_PATH = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObjectNode tree = JSON.createObjectNode();

	private final Map<String, List<Integer>> keptRows = new HashMap<>();

	private final List<FieldProblem> problems = new ArrayList<>();

	private FormTree() {
	}

	/**
	 * @param skip controls that are not body fields (the CSRF token, buttons, controls read apart)
	 * @param lists the body's top-level lists whose blank rows are dropped; a list left with no row is
	 * omitted (unknown), unless {@code <list>.none} says there are none (an empty list)
	 */
	public static FormTree of(MultiValueMap<String, String> params, Predicate<String> skip, List<String> lists) {
		FormTree form = new FormTree();
		params.forEach((name, values) -> {
			if (!skip.test(name) && !name.equals("_csrf") && !name.endsWith(".none")) {
				form.field(name, first(values));
			}
		});
		lists.forEach(list -> form.compact(list, "true".equals(first(params.get(list + ".none")))));
		return form;
	}

	public ObjectNode tree() {
		return tree;
	}

	/** Controls that could not be read as body fields (an impossible name, too many rows). */
	public List<FieldProblem> problems() {
		return problems;
	}

	/** Sets a body field the server fills in, whatever the form sent (e.g. the signed-in account). */
	public FormTree put(String path, String value) {
		field(path, value);
		return this;
	}

	/**
	 * The body bound to the API's type and checked against its schema.
	 * @throws InvalidRequestException naming every offending control
	 */
	public <T> T bind(Class<T> type) {
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		try {
			T value = ApiRequests.bindForm(tree, type);
			List<FieldProblem> invalid = ApiRequests.schemaProblems(value);
			if (!invalid.isEmpty()) {
				throw new InvalidRequestException(invalid);
			}
			return value;
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException(controls(ex.problems()));
		}
	}

	/** The control that holds a body path: {@code buildings[0].id} of the first kept row is that row's control. */
	public String control(String path) {
		Matcher row = ROW_PATH.matcher(path);
		if (!row.matches()) {
			return path;
		}
		List<Integer> kept = keptRows.get(row.group(1));
		int index = Integer.parseInt(row.group(2));
		return kept != null && index < kept.size() ? row.group(1) + "[" + kept.get(index) + "]" + row.group(3) : path;
	}

	/** Problems about the body under the names of their controls. */
	public List<FieldProblem> controls(List<FieldProblem> bodyProblems) {
		return bodyProblems.stream().map(p -> new FieldProblem(control(p.field()), p.value(), p.message())).toList();
	}

	private void field(String name, String value) {
		if (value == null) {
			return;
		}
		JsonNode parent = tree;
		String[] segments = name.split("\\.", -1);
		for (int i = 0; i < segments.length; i++) {
			Matcher m = SEGMENT.matcher(segments[i]);
			if (!m.matches()) {
				problems.add(new FieldProblem(name, null, "不是接口约定的字段"));
				return;
			}
			boolean last = i == segments.length - 1;
			parent = m.group(2) == null ? member((ObjectNode) parent, m.group(1), last, value)
					: element((ObjectNode) parent, m.group(1), Integer.parseInt(m.group(2)), last, value, name);
			if (parent == null || (!last && !parent.isObject())) {
				return;
			}
		}
	}

	private JsonNode member(ObjectNode parent, String key, boolean last, String value) {
		if (last) {
			parent.put(key, value);
			return parent;
		}
		JsonNode child = parent.get(key);
		return child != null && child.isObject() ? child : parent.putObject(key);
	}

	private JsonNode element(ObjectNode parent, String key, int index, boolean last, String value, String name) {
		if (index >= MAX_ROWS) {
			problems.add(new FieldProblem(name, null, "行数超过上限 " + MAX_ROWS));
			return null;
		}
		JsonNode existing = parent.get(key);
		ArrayNode array = existing != null && existing.isArray() ? (ArrayNode) existing : parent.putArray(key);
		while (array.size() <= index) {
			array.addNull();
		}
		if (last) {
			array.set(index, value);
			return array;
		}
		if (!array.get(index).isObject()) {
			array.set(index, JSON.createObjectNode());
		}
		return array.get(index);
	}

	private void compact(String list, boolean noneDeclared) {
		JsonNode rows = tree.get(list);
		ArrayNode kept = JSON.createArrayNode();
		List<Integer> from = new ArrayList<>();
		if (rows != null && rows.isArray()) {
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).isObject() && !rows.get(i).isEmpty()) {
					kept.add(rows.get(i));
					from.add(i);
				}
			}
		}
		keptRows.put(list, from);
		if (!kept.isEmpty()) {
			tree.set(list, kept);
		}
		else if (noneDeclared) {
			tree.putArray(list);
		}
		else {
			tree.remove(list);
		}
	}

	/** The first non-blank value, stripped; {@code null} when there is none. */
	public static String first(List<String> values) {
		if (values == null) {
			return null;
		}
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

}

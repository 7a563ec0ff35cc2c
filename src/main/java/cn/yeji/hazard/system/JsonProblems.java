package cn.yeji.hazard.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.CollectedProblem;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a JSON binding failure into the field it happened at and a message in Chinese. */
final class JsonProblems {

	static final String BODY = "(body)";

	private static final Pattern UNEXPECTED_VALUE = Pattern.compile("Unexpected value '(.*)'");

	/** How Jackson's problem-collecting reader reports a property the type does not have. */
	private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property '(.*)' for type");

	static final String NOT_A_FIELD = "不是接口约定的字段（字段名区分大小写，见 openapi.yaml）";

	private JsonProblems() {
	}

	/** Every problem of a failed read: all collected binding problems, or the one that stopped it. */
	static List<FieldProblem> all(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DeferredBindingException deferred) {
				List<FieldProblem> problems = new java.util.ArrayList<>(
						deferred.getProblems().stream().map(JsonProblems::of).toList());
				for (Throwable strict : deferred.getSuppressed()) {
					FieldProblem p = of(strict);
					if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
						problems.add(p);
					}
				}
				return problems;
			}
		}
		return List.of(of(failure));
	}

	private static FieldProblem of(CollectedProblem problem) {
		Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(problem.getMessage()));
		if (unknown.find()) {
			return new FieldProblem(child(path(problem.getPath()), unknown.group(1)), null, NOT_A_FIELD);
		}
		Class<?> type = problem.getTargetType() == null ? null : problem.getTargetType().getRawClass();
		return new FieldProblem(path(problem.getPath()), problem.getRawValue(), expected(type));
	}

	/** The field {@code name} of the object at {@code parent} ({@link #BODY} for the body itself). */
	private static String child(String parent, String name) {
		return parent.isEmpty() || parent.equals(BODY) ? name : parent + "." + name;
	}

	/** {@code /buildings/0/highRise} → {@code buildings[0].highRise}. */
	static String path(JsonPointer pointer) {
		StringBuilder path = new StringBuilder();
		for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
			if (p.mayMatchElement()) {
				path.append('[').append(p.getMatchingIndex()).append(']');
			}
			else {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(p.getMatchingProperty());
			}
		}
		return path.isEmpty() ? BODY : path.toString();
	}

	static FieldProblem of(Throwable failure) {
		JacksonException json = find(failure);
		if (json == null) {
			return new FieldProblem(BODY, null, "请求体不是合法的 JSON，或为空");
		}
		String path = path(json);
		if (path.isEmpty() && json instanceof StreamReadException) {
			return new FieldProblem(BODY, null, "JSON 格式错误" + where(json.getLocation()) + "：" + json.getOriginalMessage());
		}
		if (json instanceof UnrecognizedPropertyException unknown) {
			String field = path.endsWith(unknown.getPropertyName()) ? path : child(path, unknown.getPropertyName());
			return new FieldProblem(field, null, NOT_A_FIELD);
		}
		if (json instanceof InvalidFormatException invalid) {
			return new FieldProblem(path.isEmpty() ? BODY : path, invalid.getValue(), expected(invalid.getTargetType()));
		}
		if (json instanceof ValueInstantiationException instantiation) {
			return new FieldProblem(path, rejectedEnumValue(instantiation), expected(instantiation.getType().getRawClass()));
		}
		if (json instanceof MismatchedInputException mismatch) {
			return new FieldProblem(path.isEmpty() ? BODY : path, null, expected(mismatch.getTargetType()));
		}
		return new FieldProblem(path.isEmpty() ? BODY : path, null, "取值无法解析：" + json.getOriginalMessage());
	}

	/** Generated enums reject an unknown value with "Unexpected value 'X'"; cite X back to the client. */
	private static Object rejectedEnumValue(ValueInstantiationException ex) {
		Matcher m = UNEXPECTED_VALUE.matcher(String.valueOf(ex.getCause() != null ? ex.getCause().getMessage() : ""));
		return m.find() ? m.group(1) : null;
	}

	private static JacksonException find(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof JacksonException json) {
				return json;
			}
		}
		return null;
	}

	/** {@code buildings[0].dangerousBuildingGrade}, from Jackson's reference chain. */
	static String path(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : json.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）";
	}

	static String expected(Class<?> type) {
		if (type == null) {
			return "类型不正确";
		}
		if (type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
			return "取值无效，可选值：" + values;
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "须为整数";
		}
		if (type == Double.class || type == double.class || type == Float.class || type == java.math.BigDecimal.class) {
			return "须为数字";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "须为 true 或 false";
		}
		if (type == LocalDate.class) {
			return "须为 ISO 日期，如 2026-11-29";
		}
		if (type == OffsetDateTime.class) {
			return "须为 ISO 日期时间";
		}
		if (type == String.class) {
			return "须为字符串";
		}
		if (List.class.isAssignableFrom(type)) {
			return "须为数组";
		}
		return "须为对象";
	}

}

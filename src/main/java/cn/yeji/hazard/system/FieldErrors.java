package cn.yeji.hazard.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's problems by control name ({@code errors['facility.id']} in a template), so each message is shown
 * beside its control and in the summary at the top of the page.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	public static Map<String, String> of(InvalidRequestException ex) {
		return of(ex.problems());
	}

	public static Map<String, String> of(List<FieldProblem> problems) {
		Map<String, String> byField = new LinkedHashMap<>();
		problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "；" + b));
		return byField;
	}

}

package cn.yeji.hazard.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

import cn.yeji.hazard.system.FormTree;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * A console form read as the API body it stands for: controls are named by the body's fields
 * ({@code deadline}, {@code acceptance.acceptedOn}), a blank control is a field not given, and the body is
 * checked against the same schema as the JSON one, so a page and the API refuse the same input with the
 * same words, under the same names.
 */
public final class FormBody {

	private final FormTree tree;

	private FormBody(FormTree tree) {
		this.tree = tree;
	}

	/** The submitted {@code fields} (others are ignored); nothing is checked yet. */
	public static FormBody of(MultiValueMap<String, String> params, List<String> fields) {
		return of(params, fields, List.of());
	}

	/**
	 * The submitted {@code fields} and the rows of the body's {@code lists} ({@code buildings[0].name}: a
	 * row's fields are the API's to check), others ignored. A row left blank is dropped, and a list left with
	 * no row is not given, unless {@code <list>.none} says there are none.
	 */
	public static FormBody of(MultiValueMap<String, String> params, List<String> fields, List<String> lists) {
		return new FormBody(FormTree.of(params, name -> !fields.contains(name) && !isRow(name, lists), lists));
	}

	private static boolean isRow(String name, List<String> lists) {
		return lists.stream().anyMatch(list -> name.startsWith(list + "["));
	}

	/** A field the server fills in, whatever the form sent (the signed-in account as the actor). */
	public FormBody with(String field, String value) {
		if (value != null) {
			tree.put(field, value);
		}
		return this;
	}

	/** An object the body always has, so its own required fields are named when all are left blank. */
	public FormBody object(String field) {
		if (!tree.tree().has(field)) {
			tree.tree().putObject(field);
		}
		return this;
	}

	/**
	 * The body, bound and checked.
	 * @throws InvalidRequestException naming every offending field
	 */
	public <T> T bind(Class<T> type) {
		return tree.bind(type);
	}

	/**
	 * Runs a write of the bound body. The problems it finds name the body's fields; blank rows were dropped,
	 * so the body's {@code buildings[0]} may be the form's {@code buildings[2]}, and each problem is named by
	 * the control that holds it.
	 * @throws InvalidRequestException naming controls
	 */
	public <T> T write(Supplier<T> write) {
		try {
			return write.get();
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException(tree.controls(ex.problems()));
		}
	}

	/**
	 * Runs the write a form asked for. A refusal is for the page to show, with the answer the API gives:
	 * 400 and 403 with the problems beside {@code form}'s controls ({@code errors}), 409 with why above them
	 * ({@code conflict}); then the result is empty and nothing was written.
	 */
	public static <T> Optional<T> attempt(String form, Supplier<T> write, Model model, HttpServletResponse response) {
		try {
			return Optional.of(write.get());
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("errors", errors(form, ex.problems()));
		}
		catch (ForbiddenException ex) {
			response.setStatus(403);
			model.addAttribute("errors", errors(form, List.of(ex.problem())));
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("conflict", ex.getMessage());
		}
		return Optional.empty();
	}

	/**
	 * A form's problems under its controls' ids ({@code assignment.deadline}): one page may hold several forms.
	 * A page's only form may be nameless ({@code ""}): its controls' ids are their names.
	 */
	private static Map<String, String> errors(String form, List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		FieldErrors.of(problems).forEach((field, message) -> errors.put(form.isEmpty() ? field : form + "." + field, message));
		return errors;
	}

}

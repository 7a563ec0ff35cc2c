package cn.yeji.hazard.determination;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.FieldProblem;

/**
 * Runs {@link RequestChecks} beside the schema's Bean Validation, so one 400 names every offending field.
 * The rule set it checked against is kept with the HTTP request, and {@link DeterminationService} judges
 * on that same rule set without checking again: one check, one snapshot, even across a reload.
 */
class ContractValidator implements Validator {

	static final String CODE = "contract";

	private static final String CHECKED = ContractValidator.class.getName() + ".checked";

	private final RulesetHolder rulesets;

	ContractValidator(RulesetHolder rulesets) {
		this.rulesets = rulesets;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DeterminationRequestDto.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DeterminationRequestDto request = (DeterminationRequestDto) target;
		Ruleset ruleset = rulesets.current();
		for (FieldProblem p : RequestChecks.problems(request, ruleset)) {
			errors.rejectValue(p.field(), CODE, p.message());
		}
		RequestAttributes http = RequestContextHolder.getRequestAttributes();
		if (http != null) {
			http.setAttribute(CHECKED, new Checked(request, ruleset), RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The rule set this very request object was checked against in this HTTP request, or {@code null}. */
	static Ruleset checkedAgainst(DeterminationRequestDto request) {
		RequestAttributes http = RequestContextHolder.getRequestAttributes();
		if (http != null && http.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) instanceof Checked checked
				&& checked.request() == request) {
			return checked.ruleset();
		}
		return null;
	}

	private record Checked(DeterminationRequestDto request, Ruleset ruleset) {
	}

}

package cn.yeji.hazard.determination;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.FieldProblem;

/**
 * Runs {@link RequestChecks} beside the schema's Bean Validation, so one 400 names every offending field. It
 * only reports: the service checks the request again on the rule set it then judges on and hands that pair on
 * as a {@link CheckedRequest}, rather than receiving this check's rule set through the HTTP request (a channel
 * nobody reading the service could see). The second check costs microseconds beside the judging.
 */
class ContractValidator implements Validator {

	static final String CODE = "contract";

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
	}

}

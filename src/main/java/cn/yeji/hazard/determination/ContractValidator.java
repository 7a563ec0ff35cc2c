package cn.yeji.hazard.determination;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.FieldProblem;

/** Adapts {@link RequestChecks} to Spring's validation, next to the schema's Bean Validation. */
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
		for (FieldProblem p : RequestChecks.problems((DeterminationRequestDto) target, rulesets.current())) {
			errors.rejectValue(p.field(), CODE, p.message());
		}
	}

}

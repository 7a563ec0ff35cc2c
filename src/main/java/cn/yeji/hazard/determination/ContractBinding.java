package cn.yeji.hazard.determination;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.rules.RulesetHolder;

/** Every endpoint that takes a determination request (judging, recording) checks its contract while binding it. */
@ControllerAdvice
class ContractBinding {

	private final RulesetHolder rulesets;

	ContractBinding(RulesetHolder rulesets) {
		this.rulesets = rulesets;
	}

	@InitBinder
	void contractChecks(WebDataBinder binder) {
		if (binder.getTarget() instanceof DeterminationRequestDto) {
			binder.addValidators(new ContractValidator(rulesets));
		}
	}

}

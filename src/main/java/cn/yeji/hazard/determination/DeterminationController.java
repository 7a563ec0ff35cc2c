package cn.yeji.hazard.determination;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.DeterminationsApi;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.rules.RulesetHolder;

/** {@code POST /api/v1/determinations}, as the OpenAPI document declares it. */
@RestController
class DeterminationController implements DeterminationsApi {

	private final DeterminationService service;

	private final RulesetHolder rulesets;

	DeterminationController(DeterminationService service, RulesetHolder rulesets) {
		this.service = service;
		this.rulesets = rulesets;
	}

	/** Contract checks run beside the schema's, so one 400 names every offending field. */
	@InitBinder
	void contractChecks(WebDataBinder binder) {
		if (binder.getTarget() instanceof DeterminationRequestDto) {
			binder.addValidators(new ContractValidator(rulesets));
		}
	}

	@Override
	public ResponseEntity<VerdictDto> determine(DeterminationRequestDto request) {
		return ResponseEntity.ok(service.determine(request));
	}

}

package cn.yeji.hazard.determination;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.DeterminationsApi;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.VerdictDto;

/** {@code POST /api/v1/determinations}, as the OpenAPI document declares it; contract checks: {@link ContractBinding}. */
@RestController
class DeterminationController implements DeterminationsApi {

	private final DeterminationService service;

	DeterminationController(DeterminationService service) {
		this.service = service;
	}

	@Override
	public ResponseEntity<VerdictDto> determine(DeterminationRequestDto request, Boolean explain) {
		return ResponseEntity.ok(service.determine(request, Boolean.TRUE.equals(explain)));
	}

}

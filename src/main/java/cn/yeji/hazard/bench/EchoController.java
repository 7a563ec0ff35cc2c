package cn.yeji.hazard.bench;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.model.DeterminationRequestDto;

/**
 * {@code POST /bench/echo}: the determination endpoint without the judging — the same body read,
 * validated and written back — so a load test can tell what the verdict adds on top of HTTP and JSON.
 */
@RestController
@Profile("bench")
class EchoController {

	@PostMapping(path = "/bench/echo", consumes = "application/json", produces = "application/json")
	ResponseEntity<DeterminationRequestDto> echo(@Valid @RequestBody DeterminationRequestDto request) {
		return ResponseEntity.ok(request);
	}

}

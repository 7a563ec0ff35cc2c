package cn.yeji.hazard.activities;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.ActivitiesApi;
import cn.yeji.hazard.api.model.ActivityDto;
import cn.yeji.hazard.api.model.ActivityKindDto;
import cn.yeji.hazard.api.model.ActivityPageDto;
import cn.yeji.hazard.api.model.ActivityRequestDto;
import cn.yeji.hazard.idempotency.IdempotentWrites;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.security.Callers;

/** {@code /api/v1/activities}, as the OpenAPI document declares it. */
@RestController
class ActivityController implements ActivitiesApi {

	private final ActivityStore store;

	private final ActivityRecorder recorder;

	private final IdempotentWrites writes;

	private final Callers callers;

	ActivityController(ActivityStore store, ActivityRecorder recorder, IdempotentWrites writes, Callers callers) {
		this.store = store;
		this.recorder = recorder;
		this.writes = writes;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<ActivityDto> recordActivity(ActivityRequestDto request, String idempotencyKey) {
		long id = writes.write(callers.current(), idempotencyKey, "POST /api/v1/activities", request, () -> recorder.record(callers.current(), request).id()).id();
		ActivityRow row = store.find(id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/activities?facilityId=" + (row.facilityId() == null ? "" : row.facilityId())))
			.body(view(row));
	}

	@Override
	public ResponseEntity<ActivityPageDto> listActivities(String facilityId, String township, LocalDate from, LocalDate to,
			Integer page, Integer size) {
		Page<ActivityRow> rows = store.page(facilityId, township, from, to, page, size);
		return ResponseEntity.ok(new ActivityPageDto(page, size, rows.total(),
				rows.items().stream().map(ActivityController::view).toList()));
	}

	private static ActivityDto view(ActivityRow a) {
		return new ActivityDto(a.id(), ActivityKindDto.fromValue(a.kind()), a.heldOn(), a.conductedBy(), a.recordedAt())
			.facilityId(a.facilityId())
			.township(a.township())
			.note(a.note());
	}

}

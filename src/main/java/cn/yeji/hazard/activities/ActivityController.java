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
import cn.yeji.hazard.api.model.FacilityRefDto;
import cn.yeji.hazard.facts.ActivityKind;
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
		long id = writes.write(callers.current(), idempotencyKey, "POST /api/v1/activities", request, () -> recorder.record(callers.current(), activity(request)).id()).id();
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

	/**
	 * The API's body as the recorder takes it. The console's form is bound to the same body (so it is
	 * validated the same way) and read here too, so the two cannot read it differently.
	 */
	static NewActivity activity(ActivityRequestDto request) {
		FacilityRefDto f = request.getFacility();
		return new NewActivity(ActivityKind.valueOf(request.getKind().getValue()),
				f == null ? null : new NewActivity.Facility(f.getId(), f.getName(), f.getRegionCode(), f.getTownship()),
				request.getTownship(), request.getHeldOn(), request.getConductedBy(), request.getNote());
	}

	private static ActivityDto view(ActivityRow a) {
		return new ActivityDto(a.id(), ActivityKindDto.fromValue(a.kind()), a.heldOn(), a.conductedBy(), a.recordedAt())
			.facilityId(a.facilityId())
			.township(a.township())
			.note(a.note());
	}

}

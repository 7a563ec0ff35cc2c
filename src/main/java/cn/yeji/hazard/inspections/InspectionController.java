package cn.yeji.hazard.inspections;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.api.InspectionsApi;
import cn.yeji.hazard.api.model.ChannelDto;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.InspectionPageDto;
import cn.yeji.hazard.api.model.InspectionRecordDto;
import cn.yeji.hazard.api.model.InspectionSummaryDto;
import cn.yeji.hazard.api.model.RejudgementDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.hazards.HazardViews;
import cn.yeji.hazard.idempotency.IdempotentWrites;
import cn.yeji.hazard.security.Callers;

/** {@code /api/v1/inspections}, as the OpenAPI document declares it. */
@RestController
class InspectionController implements InspectionsApi {

	private final InspectionRecorder recorder;

	private final InspectionStore store;

	private final JsonMapper json;

	private final IdempotentWrites writes;

	private final Rejudging rejudging;

	private final Callers callers;

	InspectionController(InspectionRecorder recorder, InspectionStore store, JsonMapper json, IdempotentWrites writes,
			Rejudging rejudging, Callers callers) {
		this.rejudging = rejudging;
		this.writes = writes;
		this.recorder = recorder;
		this.store = store;
		this.json = json;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<InspectionRecordDto> recordInspection(DeterminationRequestDto request, String idempotencyKey) {
		Caller caller = callers.current();
		long id = writes.write(caller, idempotencyKey, "POST /api/v1/inspections", request,
				() -> recorder.record(caller, request).inspectionId()).id();
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(view(caller, id));
	}

	@Override
	public ResponseEntity<RejudgementDto> rejudgeInspection(Long id, String ruleset) {
		InspectionRow row = store.find(id).orElseThrow(() -> new NotFoundException("检查记录", id));
		callers.current().scope().check(row.township(), "检查记录", id);
		return ResponseEntity.ok(rejudging.rejudge(id, json.readValue(row.requestJson(), DeterminationRequestDto.class),
				json.readValue(row.verdictJson(), VerdictDto.class), ruleset));
	}

	@Override
	public ResponseEntity<InspectionRecordDto> getInspection(Long id) {
		return ResponseEntity.ok(view(callers.current(), id));
	}

	@Override
	public ResponseEntity<InspectionPageDto> listInspections(String facilityId, LocalDate from, LocalDate to,
			Integer page, Integer size) {
		Page<InspectionRow> rows = store.list(facilityId, callers.current().scope().narrow(null), from, to, page, size);
		return ResponseEntity.ok(new InspectionPageDto(rows.page(), rows.size(), rows.total(),
				rows.items().stream().map(InspectionController::summary).toList()));
	}

	private InspectionRecordDto view(Caller caller, long id) {
		InspectionRow row = store.find(id).orElseThrow(() -> new NotFoundException("检查记录", id));
		caller.scope().check(row.township(), "检查记录", id);
		return new InspectionRecordDto(row.id(), row.facilityId(), ChannelDto.fromValue(row.channel()), row.inspector(),
				row.date(), row.recordedAt(), row.rulesetVersion(), json.readValue(row.verdictJson(), VerdictDto.class),
				store.links(id).stream().map(HazardViews::link).toList())
			.facilityName(row.facilityName())
			.township(row.township())
			.request(json.readValue(row.requestJson(), DeterminationRequestDto.class));
	}

	private static InspectionSummaryDto summary(InspectionRow row) {
		return new InspectionSummaryDto(row.id(), row.facilityId(), ChannelDto.fromValue(row.channel()), row.inspector(),
				row.date(), row.recordedAt(), row.rulesetVersion(),
				InspectionSummaryDto.VerdictEnum.fromValue(row.verdict()))
			.facilityName(row.facilityName())
			.township(row.township());
	}

}

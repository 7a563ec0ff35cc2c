package cn.yeji.hazard.ledger;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.ComplianceApi;
import cn.yeji.hazard.api.model.ActivityDto;
import cn.yeji.hazard.api.model.ActivityKindDto;
import cn.yeji.hazard.api.model.ActivityPageDto;
import cn.yeji.hazard.api.model.ActivityRequestDto;
import cn.yeji.hazard.api.model.BasisDto;
import cn.yeji.hazard.api.model.CadenceRiskDto;
import cn.yeji.hazard.api.model.ComplianceReportDto;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.FacilityRefDto;
import cn.yeji.hazard.api.model.ShortfallDto;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.compliance.AtRisk;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.registry.FacilityStore;

/** {@code /api/v1/activities} and {@code /api/v1/compliance}, as the OpenAPI document declares them. */
@RestController
class ComplianceController implements ComplianceApi {

	private final ActivityStore store;

	private final CadenceReports reports;

	private final Clock clock;

	private final IdempotentWrites writes;

	private final ActivityRecorder recorder;

	ComplianceController(ActivityStore store, ActivityRecorder recorder, CadenceReports reports, Clock clock,
			IdempotentWrites writes) {
		this.writes = writes;
		this.store = store;
		this.recorder = recorder;
		this.reports = reports;
		this.clock = clock;
	}

	@Override
	public ResponseEntity<ActivityDto> recordActivity(ActivityRequestDto request, String idempotencyKey) {
		long id = writes.write(idempotencyKey, "POST /api/v1/activities", request, () -> recorder.record(request).id()).id();
		ActivityRow row = store.find(id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/activities?facilityId=" + (row.facilityId() == null ? "" : row.facilityId())))
			.body(view(row));
	}

	@Override
	public ResponseEntity<ActivityPageDto> listActivities(String facilityId, String township, LocalDate from, LocalDate to,
			Integer page, Integer size) {
		Page<ActivityRow> rows = store.page(facilityId, township, from, to, page, size);
		return ResponseEntity.ok(new ActivityPageDto(page, size, rows.total(),
				rows.items().stream().map(ComplianceController::view).toList()));
	}

	@Override
	public ResponseEntity<ComplianceReportDto> complianceReport(Integer year, String township) {
		CadenceReports.Report report = reports.report(year, township);
		return ResponseEntity.ok(new ComplianceReportDto(year, report.asOf(), report.rulesetVersion(),
				report.institutions().size(), report.townships().size(),
				report.shortfalls().stream().map(ComplianceController::view).toList())
			.atRisk(report.atRisk().stream().map(ComplianceController::risk).toList()));
	}

	@Override
	public ResponseEntity<Resource> exportCompliance(ExportFormatDto format, Integer year, String township) {
		return Exports.response(CadenceReports.table(reports.report(year, township)), format.getValue(), "compliance-" + year);
	}

	private static ActivityDto view(ActivityRow a) {
		return new ActivityDto(a.id(), ActivityKindDto.fromValue(a.kind()), a.heldOn(), a.conductedBy(), a.recordedAt())
			.facilityId(a.facilityId())
			.township(a.township())
			.note(a.note());
	}

	private static CadenceRiskDto risk(AtRisk.Risk r) {
		return new CadenceRiskDto(r.ruleId(), r.facilityId(), r.period(), r.done(), r.required(), r.reason())
			.subjectName(r.name())
			.township(r.township());
	}

	private static ShortfallDto view(Shortfall s) {
		return new ShortfallDto(s.ruleId(), s.title(), ShortfallDto.SubjectTypeEnum.fromValue(s.subjectType()), s.subject(),
				s.period(), s.reason(), s.basis().stream().map(b -> new BasisDto(b.document(), b.clause())).toList(),
				s.advice())
			.subjectName(s.subjectName())
			.township(s.township());
	}

}

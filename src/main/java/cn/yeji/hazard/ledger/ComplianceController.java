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

	private final FacilityStore facilities;

	private final CadenceReports reports;

	private final Clock clock;

	private final IdempotentWrites writes;

	ComplianceController(ActivityStore store, FacilityStore facilities, CadenceReports reports, Clock clock,
			IdempotentWrites writes) {
		this.writes = writes;
		this.store = store;
		this.facilities = facilities;
		this.reports = reports;
		this.clock = clock;
	}

	@Override
	public ResponseEntity<ActivityDto> recordActivity(ActivityRequestDto request, String idempotencyKey) {
		check(request);
		FacilityRefDto f = request.getFacility();
		String township = f != null && f.getTownship() != null ? f.getTownship() : request.getTownship();
		facilities.checkWritable(f != null ? "facility.township" : "township", f == null ? null : f.getId(),
				f == null ? null : f.getRegionCode(), township);
		ActivityRow row = new ActivityRow(0, request.getKind().getValue(), f == null ? null : f.getId(), township,
				request.getHeldOn(), request.getConductedBy(), request.getNote(), OffsetDateTime.now(clock));
		long id = writes.write(idempotencyKey, "POST /api/v1/activities", request, () -> {
			if (f != null) {
				facilities.save(f.getId(), f.getName(), f.getRegionCode(), f.getTownship(), null, request.getHeldOn());
			}
			return store.insert(row);
		}).id();
		return ResponseEntity.created(URI.create("/api/v1/activities?facilityId=" + (f == null ? "" : f.getId())))
			.body(view(store.find(id).orElseThrow()));
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

	private void check(ActivityRequestDto request) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean townshipTraining = request.getKind() == ActivityKindDto.PRINCIPAL_TRAINING;
		if (townshipTraining && (request.getTownship() == null || request.getTownship().isBlank())) {
			problems.add(new FieldProblem("township", request.getTownship(), "乡镇（街道）组织的主要负责人培训须填写乡镇（街道）"));
		}
		if (!townshipTraining && request.getFacility() == null) {
			problems.add(new FieldProblem("facility", null, "机构的检查、自查、培训和演练须填写机构"));
		}
		if (request.getHeldOn().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("heldOn", request.getHeldOn().toString(), "不得晚于今天"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
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

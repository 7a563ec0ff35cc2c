package cn.yeji.hazard.ledger;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import cn.yeji.hazard.compliance.ComplianceInput.ActivityEntry;
import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.export.Table;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.compliance.ComplianceInput;
import cn.yeji.hazard.compliance.AtRisk;
import cn.yeji.hazard.compliance.ComplianceJudge;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.registry.FacilityStore;

/** {@code /api/v1/activities} and {@code /api/v1/compliance}, as the OpenAPI document declares them. */
@RestController
class ComplianceController implements ComplianceApi {

	private final ActivityStore store;

	private final IdempotentWrites writes;

	private final FacilityStore facilities;

	private final RulesetHolder rulesets;

	private final Clock clock;

	ComplianceController(ActivityStore store, FacilityStore facilities, RulesetHolder rulesets, Clock clock, IdempotentWrites writes) {
		this.writes = writes;
		this.store = store;
		this.facilities = facilities;
		this.rulesets = rulesets;
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
		LocalDate today = LocalDate.now(clock);
		Ruleset ruleset = rulesets.current();
		ComplianceInput input = input(year, township, today);
		List<Shortfall> shortfalls = ComplianceJudge.judge(ruleset, input);
		Set<String> townships = new LinkedHashSet<>();
		input.institutions().stream().map(InstitutionEntry::township).filter(t -> t != null).forEach(townships::add);
		return ResponseEntity.ok(new ComplianceReportDto(year, today, ruleset.version(), input.institutions().size(),
				townships.size(), shortfalls.stream().map(ComplianceController::view).toList())
			.atRisk(AtRisk.forecast(ruleset, input).stream().map(ComplianceController::view).toList()));
	}

	@Override
	public ResponseEntity<Resource> exportCompliance(ExportFormatDto format, Integer year, String township) {
		ComplianceReportDto report = complianceReport(year, township).getBody();
		List<List<Object>> rows = new ArrayList<>();
		for (ShortfallDto s : report.getShortfalls()) {
			rows.add(Arrays.asList(s.getRuleId(), s.getTitle(), Labels.of(s.getSubjectType().getValue()), s.getSubject(),
					s.getSubjectName(), s.getTownship(), s.getPeriod(), s.getReason(), s.getAdvice()));
		}
		Table table = new Table("频次核查", List.of("条款", "要求", "对象类型", "对象编号", "对象名称", "乡镇（街道）", "期间", "未达到的情况", "整改建议"),
				rows);
		return Exports.response(table, format.getValue(), "compliance-" + year);
	}

	private static CadenceRiskDto view(AtRisk.Risk r) {
		return new CadenceRiskDto(r.ruleId(), r.facilityId(), r.period(), r.done(), r.required(), r.reason())
			.subjectName(r.name())
			.township(r.township());
	}

	private ComplianceInput input(int year, String township, LocalDate today) {
		List<ActivityEntry> activities = store.all(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(a -> new ActivityEntry(a.kind(), a.facilityId(), a.township(), a.heldOn()))
			.toList();
		return new ComplianceInput(year, today, store.institutions(township),
				township == null ? List.of() : List.of(township), activities);
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

	private static ShortfallDto view(Shortfall s) {
		return new ShortfallDto(s.ruleId(), s.title(), ShortfallDto.SubjectTypeEnum.fromValue(s.subjectType()), s.subject(),
				s.period(), s.reason(), s.basis().stream().map(b -> new BasisDto(b.document(), b.clause())).toList(),
				s.advice())
			.subjectName(s.subjectName())
			.township(s.township());
	}

}

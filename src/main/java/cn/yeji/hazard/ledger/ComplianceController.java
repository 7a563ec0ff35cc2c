package cn.yeji.hazard.ledger;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import cn.yeji.hazard.api.model.ComplianceReportDto;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.ShortfallDto;
import cn.yeji.hazard.compliance.ComplianceInput.ActivityEntry;
import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.export.Table;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.compliance.ComplianceInput;
import cn.yeji.hazard.compliance.ComplianceJudge;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.Page;

/** {@code /api/v1/activities} and {@code /api/v1/compliance}, as the OpenAPI document declares them. */
@RestController
class ComplianceController implements ComplianceApi {

	private final ActivityStore store;

	private final ActivityRecorder recorder;

	private final RulesetHolder rulesets;

	private final Clock clock;

	ComplianceController(ActivityStore store, ActivityRecorder recorder, RulesetHolder rulesets, Clock clock) {
		this.store = store;
		this.recorder = recorder;
		this.rulesets = rulesets;
		this.clock = clock;
	}

	@Override
	public ResponseEntity<ActivityDto> recordActivity(ActivityRequestDto request) {
		ActivityRow row = recorder.record(request);
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
		LocalDate today = LocalDate.now(clock);
		Ruleset ruleset = rulesets.current();
		ComplianceInput input = input(year, township, today);
		List<Shortfall> shortfalls = ComplianceJudge.judge(ruleset, input);
		Set<String> townships = new LinkedHashSet<>();
		input.institutions().stream().map(InstitutionEntry::township).filter(t -> t != null).forEach(townships::add);
		return ResponseEntity.ok(new ComplianceReportDto(year, today, ruleset.version(), input.institutions().size(),
				townships.size(), shortfalls.stream().map(ComplianceController::view).toList()));
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

	private ComplianceInput input(int year, String township, LocalDate today) {
		List<ActivityEntry> activities = store.all(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(a -> new ActivityEntry(a.kind(), a.facilityId(), a.township(), a.heldOn()))
			.toList();
		return new ComplianceInput(year, today, store.institutions(township),
				township == null ? List.of() : List.of(township), activities);
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

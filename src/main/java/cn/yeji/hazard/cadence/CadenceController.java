package cn.yeji.hazard.cadence;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.ComplianceApi;
import cn.yeji.hazard.api.model.BasisDto;
import cn.yeji.hazard.api.model.CadenceRiskDto;
import cn.yeji.hazard.api.model.ComplianceReportDto;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.ShortfallDto;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.compliance.AtRisk;
import cn.yeji.hazard.facts.Shortfall;

/** {@code /api/v1/compliance}: the cadence report of a year, as the OpenAPI document declares it. */
@RestController
class CadenceController implements ComplianceApi {

	private final CadenceReports reports;

	CadenceController(CadenceReports reports) {
		this.reports = reports;
	}

	@Override
	public ResponseEntity<ComplianceReportDto> complianceReport(Integer year, String township) {
		CadenceReports.Report report = reports.report(year, township);
		return ResponseEntity.ok(new ComplianceReportDto(year, report.asOf(), report.rulesetVersion(),
				report.institutions().size(), report.townships().size(),
				report.shortfalls().stream().map(CadenceController::view).toList())
			.atRisk(report.atRisk().stream().map(CadenceController::risk).toList()));
	}

	@Override
	public ResponseEntity<Resource> exportCompliance(ExportFormatDto format, Integer year, String township) {
		return Exports.response(CadenceReports.table(reports.report(year, township)), format.getValue(), "compliance-" + year);
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

package cn.yeji.hazard.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * The cadence report (频次达标) for a year: every township and institution with the periods it fell short
 * in and why, those that met every cadence shown as such. The same report as {@code /api/v1/compliance}.
 */
@ConsolePages
class CadencePages {

	private static final String NO_TOWNSHIP = "（未填乡镇）";

	private final CadenceReports reports;

	private final Townships townships;

	private final Clock clock;

	CadencePages(CadenceReports reports, Townships townships, Clock clock) {
		this.reports = reports;
		this.townships = townships;
		this.clock = clock;
	}

	/** One institution's line: {@code shortfalls} empty when it met every cadence judged. */
	record InstitutionPart(String facilityId, String name, LocalDate knownSince, List<Shortfall> shortfalls) {

		public boolean compliant() {
			return shortfalls.isEmpty();
		}

	}

	/** One township: its own shortfalls (the training of principals it organises), then its institutions'. */
	record TownshipPart(String name, List<Shortfall> shortfalls, List<InstitutionPart> institutions) {

		public long shortInstitutions() {
			return institutions.stream().filter(i -> !i.compliant()).count();
		}

	}

	@GetMapping("/compliance")
	String report(@RequestParam(required = false) String year, @RequestParam(required = false) String township,
			Model model, HttpServletResponse response) {
		try {
			Filter filter = filter(year, township, new ArrayList<>());
			show(reports.report(filter.year(), filter.township()), filter, model);
		}
		catch (InvalidRequestException ex) {
			return invalid(ex, year, township, model, response);
		}
		return "cadence/compliance";
	}

	/** The shortfalls as a file; a year or township that cannot be read shows the report page with its problems. */
	@GetMapping("/compliance/export")
	String export(@RequestParam(required = false) String format, @RequestParam(required = false) String year,
			@RequestParam(required = false) String township, Model model, HttpServletResponse response) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!"xlsx".equals(format) && !"csv".equals(format)) {
			problems.add(new FieldProblem("format", format, "导出格式只能是 xlsx 或 csv"));
		}
		try {
			Filter filter = filter(year, township, problems);
			String scope = filter.township() == null ? "" : "-" + filter.township();
			Exports.send(CadenceReports.table(reports.report(filter.year(), filter.township())), format,
					"compliance-" + filter.year() + scope, response);
			return null;
		}
		catch (InvalidRequestException ex) {
			return invalid(ex, year, township, model, response);
		}
	}

	private String invalid(InvalidRequestException ex, String year, String township, Model model,
			HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("errors", FieldErrors.of(ex));
		model.addAttribute("form", Map.of("year", year == null ? "" : year, "township", township == null ? "" : township));
		return "cadence/compliance";
	}

	private record Filter(int year, String township) {
	}

	private void show(CadenceReports.Report report, Filter filter, Model model) {
		LocalDate yearEnd = LocalDate.of(report.year(), 12, 31);
		List<InstitutionEntry> judged = report.institutions().stream().filter(i -> knownBy(i, yearEnd)).toList();
		List<TownshipPart> parts = parts(judged, report.shortfalls(), filter.township());
		model.addAttribute("form", Map.of("year", String.valueOf(report.year()), "township",
				filter.township() == null ? "" : filter.township()));
		model.addAttribute("report", report);
		model.addAttribute("parts", parts);
		model.addAttribute("judged", judged.size());
		model.addAttribute("shortInstitutions", parts.stream().mapToLong(TownshipPart::shortInstitutions).sum());
		model.addAttribute("shortTownships", parts.stream().filter(p -> !p.shortfalls().isEmpty()).count());
		model.addAttribute("knownLater", report.institutions().size() - judged.size());
		model.addAttribute("judging", !report.periods().isEmpty());
		model.addAttribute("yearJudged", report.periods().contains(String.valueOf(report.year())));
	}

	/** Townships in the district's order (then any other name), each institution short first. */
	private List<TownshipPart> parts(List<InstitutionEntry> institutions, List<Shortfall> shortfalls, String asked) {
		Map<String, List<InstitutionEntry>> byTownship = new LinkedHashMap<>();
		townships.names().forEach(t -> byTownship.put(t, new ArrayList<>()));
		institutions.forEach(i -> byTownship.computeIfAbsent(nameOf(i.township()), t -> new ArrayList<>()).add(i));
		List<TownshipPart> parts = new ArrayList<>();
		byTownship.forEach((name, members) -> {
			List<Shortfall> own = shortfalls.stream()
				.filter(s -> "TOWNSHIP".equals(s.subjectType()) && name.equals(s.subject()))
				.toList();
			if (!members.isEmpty() || !own.isEmpty() || name.equals(asked)) {
				parts.add(new TownshipPart(name, own, members.stream()
					.map(i -> new InstitutionPart(i.facilityId(), i.name(), i.knownSince(), shortfallsOf(i, shortfalls)))
					.sorted(Comparator.comparing(InstitutionPart::compliant).thenComparing(InstitutionPart::facilityId))
					.toList()));
			}
		});
		return parts;
	}

	private static List<Shortfall> shortfallsOf(InstitutionEntry i, List<Shortfall> shortfalls) {
		return shortfalls.stream()
			.filter(s -> "INSTITUTION".equals(s.subjectType()) && Objects.equals(s.subject(), i.facilityId()))
			.toList();
	}

	private static String nameOf(String township) {
		return township == null || township.isBlank() ? NO_TOWNSHIP : township;
	}

	/** As the judge decides it: an institution the ledger first heard of after the year is not judged for it. */
	private static boolean knownBy(InstitutionEntry i, LocalDate day) {
		return i.knownSince() == null || !i.knownSince().isAfter(day);
	}

	/** @throws InvalidRequestException naming every control that cannot be read, with {@code problems} found before */
	private Filter filter(String year, String township, List<FieldProblem> problems) {
		int y = LocalDate.now(clock).getYear();
		if (year != null && !year.isBlank()) {
			y = year.strip().matches("\\d{4}") ? Integer.parseInt(year.strip()) : 0;
			if (y < 2000 || y > 2100) {
				problems.add(new FieldProblem("year", year, "请填写 2000 至 2100 之间的四位年份"));
			}
		}
		String place = township == null || township.isBlank() ? null : township;
		townships.check("township", place).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Filter(y, place);
	}

}

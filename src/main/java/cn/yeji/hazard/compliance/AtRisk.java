package cn.yeji.hazard.compliance;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.yeji.hazard.compliance.ComplianceInput.ActivityEntry;
import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.facts.Parameter;
import cn.yeji.hazard.rules.Ruleset;

/**
 * The year still running, looked ahead: institutions that will fall short of a cadence unless something
 * changes, so a township can act before the period ends rather than read the shortfall after it. A forecast,
 * not a verdict: nothing here is a shortfall, and a period that has ended is {@link ComplianceJudge}'s.
 * The required counts are the compliance pack's own parameters.
 * <ul>
 * <li>CP-1: at the pace so far (checks ÷ share of the year gone) the year's district checks will not be reached;
 * judged from the second quarter on, when a pace means something.</li>
 * <li>CP-2: the quarter ends within 30 days and its self-checks are not done.</li>
 * <li>CP-3: the half ends within 60 days and its staff training is not done.</li>
 * <li>CP-4: the year ends within 90 days and its drills are not done.</li>
 * </ul>
 */
public final class AtRisk {

	/** One institution behind on one cadence of the running period. */
	public record Risk(String ruleId, String facilityId, String name, String township, String period, int done,
			int required, String reason) {
	}

	private AtRisk() {
	}

	public static List<Risk> forecast(Ruleset ruleset, ComplianceInput input) {
		LocalDate today = input.asOf();
		if (today.getYear() != input.year()) {
			return List.of();
		}
		List<Risk> risks = new ArrayList<>();
		for (InstitutionEntry i : input.institutions()) {
			if (i.knownSince() != null && i.knownSince().isAfter(today)) {
				continue;
			}
			pace(ruleset, input, i).ifPresent(risks::add);
			due(ruleset, input, i, "CP-2", "SELF_CHECK", "selfChecksPerQuarter", quarterStart(today), quarterStart(today).plusMonths(3),
					30, today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR), "本季度自查").ifPresent(risks::add);
			LocalDate half = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
			due(ruleset, input, i, "CP-3", "STAFF_TRAINING", "staffTrainingsPerHalf", half, half.plusMonths(6), 60,
					today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2), "本半年全员安全培训").ifPresent(risks::add);
			LocalDate year = LocalDate.of(today.getYear(), 1, 1);
			due(ruleset, input, i, "CP-4", "EVACUATION_DRILL", "drillsPerYear", year, year.plusYears(1), 90,
					String.valueOf(today.getYear()), "本年疏散演练").ifPresent(risks::add);
		}
		return risks;
	}

	private static Optional<Risk> pace(Ruleset ruleset, ComplianceInput input, InstitutionEntry i) {
		LocalDate today = input.asOf();
		int required = parameter(ruleset, "districtChecksPerYear");
		double gone = (today.getDayOfYear() - 1) / (double) today.lengthOfYear();
		int done = count(input, i, "DISTRICT_CHECK", LocalDate.of(today.getYear(), 1, 1), today.plusDays(1));
		if (gone < 0.25 || done >= required || done / gone >= required) {
			return Optional.empty();
		}
		return Optional.of(new Risk("CP-1", i.facilityId(), i.name(), i.township(), String.valueOf(today.getYear()), done,
				required, "截至 " + today + " 区民政局检查 " + done + " 次，按此进度全年达不到 " + required + " 次"));
	}

	private static Optional<Risk> due(Ruleset ruleset, ComplianceInput input, InstitutionEntry i, String ruleId,
			String kind, String parameter, LocalDate start, LocalDate end, int warnDays, String period, String what) {
		LocalDate today = input.asOf();
		int required = parameter(ruleset, parameter);
		int done = count(input, i, kind, start, today.plusDays(1));
		long left = java.time.temporal.ChronoUnit.DAYS.between(today, end);
		if (done >= required || left > warnDays) {
			return Optional.empty();
		}
		return Optional.of(new Risk(ruleId, i.facilityId(), i.name(), i.township(), period, done, required,
				what + "已做 " + done + " 次、须 " + required + " 次，距期末只剩 " + left + " 天"));
	}

	private static int count(ComplianceInput input, InstitutionEntry i, String kind, LocalDate from, LocalDate before) {
		return (int) input.activities().stream()
			.filter(a -> kind.equals(a.kind()) && i.facilityId().equals(a.facilityId()))
			.map(ActivityEntry::date)
			.filter(d -> !d.isBefore(from) && d.isBefore(before))
			.count();
	}

	private static LocalDate quarterStart(LocalDate day) {
		return LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
	}

	private static int parameter(Ruleset ruleset, String name) {
		return ruleset.parameters().stream().filter(p -> p.name().equals(name)).mapToInt(Parameter::intValue).findFirst()
			.orElseThrow(() -> new IllegalStateException("the compliance pack has no parameter " + name));
	}

}

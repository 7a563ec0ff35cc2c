package cn.yeji.hazard.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.yeji.hazard.compliance.ComplianceInput.ActivityEntry;
import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;
import cn.yeji.hazard.facts.Activity;
import cn.yeji.hazard.facts.ActivityKind;
import cn.yeji.hazard.facts.Institution;
import cn.yeji.hazard.facts.Period;
import cn.yeji.hazard.facts.PeriodKind;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.facts.Township;
import cn.yeji.hazard.rules.RuleIds;
import cn.yeji.hazard.rules.Ruleset;

/**
 * Judges a year's cadences under the compliance packs of a rule set. Only periods that have ended by
 * {@code asOf} become facts: a running quarter is never short, an ended one with nothing recorded always is.
 */
public final class ComplianceJudge {

	private static final Comparator<Shortfall> ORDER = Comparator.comparing(Shortfall::ruleId, RuleIds.ORDER)
		.thenComparing(Shortfall::subject)
		.thenComparing(Shortfall::period);

	private ComplianceJudge() {
	}

	public static List<Shortfall> judge(Ruleset ruleset, ComplianceInput input) {
		List<Object> facts = new ArrayList<>();
		Set<String> townships = new LinkedHashSet<>(input.townships());
		LocalDate yearEnd = LocalDate.of(input.year(), 12, 31);
		for (InstitutionEntry i : input.institutions()) {
			if (!i.knownBy(yearEnd)) {
				continue; // the ledger did not know it that year: nobody could have checked it there
			}
			facts.add(new Institution(i.facilityId(), i.name(), i.township()));
			if (i.township() != null && !i.township().isBlank()) {
				townships.add(i.township());
			}
		}
		townships.forEach(t -> facts.add(new Township(t)));
		for (ActivityEntry a : input.activities()) {
			facts.add(activity(a));
		}
		facts.addAll(endedPeriods(input.year(), input.asOf()));
		List<Shortfall> shortfalls = new ArrayList<>(ruleset.judgeCompliance(facts).shortfalls());
		shortfalls.removeIf(s -> endedBeforeKnown(s, input));
		shortfalls.sort(ORDER);
		return shortfalls;
	}

	/** An institution's shortfall in a quarter or half that was over before the ledger knew it. */
	private static boolean endedBeforeKnown(Shortfall s, ComplianceInput input) {
		LocalDate end = periodEnd(s.period());
		return end != null && "INSTITUTION".equals(s.subjectType()) && input.institutions().stream()
			.anyMatch(i -> i.facilityId().equals(s.subject()) && !i.knownBy(end));
	}

	/** The last day of {@code 2026}, {@code 2026-H1} or {@code 2026-Q3}; {@code null} for any other label. */
	static LocalDate periodEnd(String label) {
		var m = java.util.regex.Pattern.compile("(\\d{4})(?:-([HQ])([1-4]))?").matcher(label == null ? "" : label);
		if (!m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		int months = m.group(2) == null ? 12 : (m.group(2).equals("H") ? 6 : 3) * Integer.parseInt(m.group(3));
		return LocalDate.of(year, months, 1).plusMonths(1).minusDays(1);
	}

	/** The year, its halves and its quarters whose last day is before {@code asOf}: the periods that are judged. */
	public static List<Period> endedPeriods(int year, LocalDate asOf) {
		List<Period> periods = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			if (LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1).isBefore(asOf)) {
				periods.add(new Period(PeriodKind.QUARTER, year, q, year + "-Q" + q));
			}
		}
		for (int h = 1; h <= 2; h++) {
			if (LocalDate.of(year, h * 6, 1).plusMonths(1).minusDays(1).isBefore(asOf)) {
				periods.add(new Period(PeriodKind.HALF, year, h, year + "-H" + h));
			}
		}
		if (LocalDate.of(year, 12, 31).isBefore(asOf)) {
			periods.add(new Period(PeriodKind.YEAR, year, 1, String.valueOf(year)));
		}
		return periods;
	}

	private static Activity activity(ActivityEntry a) {
		LocalDate d = a.date();
		int quarter = (d.getMonthValue() - 1) / 3 + 1;
		int half = d.getMonthValue() <= 6 ? 1 : 2;
		return new Activity(ActivityKind.valueOf(a.kind()), a.facilityId(), a.township(), d.getYear(), quarter, half);
	}

}

package cn.yeji.hazard.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.yeji.hazard.api.model.CoverageDto;
import cn.yeji.hazard.api.model.EvidenceDto;
import cn.yeji.hazard.api.model.FindingDto;
import cn.yeji.hazard.api.model.IndeterminateDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.cases.Expectation.ExpectedBasis;
import cn.yeji.hazard.cases.Expectation.ExpectedCoverage;
import cn.yeji.hazard.cases.Expectation.ExpectedEvidence;
import cn.yeji.hazard.cases.Expectation.ExpectedFinding;
import cn.yeji.hazard.cases.Expectation.ExpectedIndeterminate;
import cn.yeji.hazard.cases.Expectation.ExpectedShortfall;
import cn.yeji.hazard.facts.Shortfall;

/** Compares a verdict with a case's expectation and says, line by line, what does not hold. */
public final class CaseCheck {

	private CaseCheck() {
	}

	/** Empty when the verdict meets every expectation. */
	public static List<String> failures(Expectation expect, VerdictDto verdict) {
		List<String> failures = new ArrayList<>();
		if (!expect.verdict().equals(verdict.getVerdict().getValue())) {
			failures.add("verdict: expected " + expect.verdict() + " but was " + verdict.getVerdict().getValue()
					+ ruleIdsBehind(expect, verdict));
		}
		if (expect.complete() != null && !expect.complete().equals(verdict.getComplete())) {
			failures.add("complete: expected " + expect.complete() + " but was " + verdict.getComplete());
		}
		checkFindings(expect, verdict, failures);
		checkIndeterminate(expect, verdict, failures);
		if (expect.coverage() != null) {
			checkCoverage(expect.coverage(), verdict.getCoverage(), failures);
		}
		if (expect.escalations() != null) {
			Set<String> expected = new TreeSet<>(expect.escalations());
			Set<String> actual = verdict.getEscalations().stream().map(e -> e.getRuleId()).collect(Collectors.toCollection(TreeSet::new));
			if (!expected.equals(actual)) {
				failures.add("escalations: expected " + expected + " but were " + actual);
			}
		}
		return failures;
	}

	/** Empty when the shortfalls meet every expectation of a compliance case. */
	public static List<String> failures(Expectation expect, List<Shortfall> shortfalls) {
		List<String> failures = new ArrayList<>();
		for (ExpectedShortfall wanted : nonNull(expect.shortfalls())) {
			if (shortfalls.stream().noneMatch(wanted::matches)) {
				failures.add("shortfall " + wanted + ": expected but absent; shortfalls were " + keys(shortfalls));
			}
		}
		for (ExpectedShortfall absent : nonNull(expect.absentShortfalls())) {
			shortfalls.stream()
				.filter(absent::matches)
				.findFirst()
				.ifPresent(s -> failures.add("shortfall " + absent + ": expected absent but present: " + s.reason()));
		}
		return failures;
	}

	/** How a report names a shortfall: rule, subject, period. */
	public static List<String> keys(List<Shortfall> shortfalls) {
		return shortfalls.stream().map(s -> s.ruleId() + " " + s.subject() + " " + s.period()).toList();
	}

	/**
	 * A changed verdict is explained by the clauses behind it: those that fired without the case naming them,
	 * and those the case names that did not fire, so an officer sees which rule a revision moved.
	 */
	private static String ruleIdsBehind(Expectation expect, VerdictDto verdict) {
		Set<String> named = nonNull(expect.findings()).stream().map(ExpectedFinding::ruleId).collect(Collectors.toSet());
		Set<String> fired = verdict.getFindings().stream().map(FindingDto::getRuleId).collect(Collectors.toCollection(TreeSet::new));
		Set<String> appeared = fired.stream().filter(id -> !named.contains(id)).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = named.stream().filter(id -> !fired.contains(id)).collect(Collectors.toCollection(TreeSet::new));
		return "; findings were " + fired + (appeared.isEmpty() ? "" : "; fired but not named by the case " + appeared)
				+ (missing.isEmpty() ? "" : "; named by the case but did not fire " + missing);
	}

	private static void checkFindings(Expectation expect, VerdictDto verdict, List<String> failures) {
		for (ExpectedFinding wanted : nonNull(expect.findings())) {
			List<FindingDto> found = verdict.getFindings().stream().filter(f -> f.getRuleId().equals(wanted.ruleId())).toList();
			if (found.isEmpty()) {
				failures.add("finding " + wanted.ruleId() + ": expected but absent; findings were " + ruleIds(verdict));
				continue;
			}
			Optional<FindingDto> atLevel = found.stream()
				.filter(f -> wanted.level() == null || f.getLevel().getValue().equals(wanted.level()))
				.findFirst();
			if (atLevel.isEmpty()) {
				failures.add("finding " + wanted.ruleId() + ": expected level " + wanted.level() + " but was "
						+ found.stream().map(f -> f.getLevel().getValue()).toList());
				continue;
			}
			FindingDto finding = atLevel.get();
			if (wanted.mode() != null && !wanted.mode().equals(finding.getMode().getValue())) {
				failures.add("finding " + wanted.ruleId() + ": expected mode " + wanted.mode() + " but was "
						+ finding.getMode().getValue());
			}
			for (ExpectedBasis b : nonNull(wanted.basis())) {
				if (finding.getBasis().stream().noneMatch(a -> b.matches(a.getDocument(), a.getClause()))) {
					failures.add("finding " + wanted.ruleId() + ": expected to cite " + b + " but cited " + cited(finding));
				}
			}
			for (ExpectedBasis b : nonNull(wanted.notBasis())) {
				if (finding.getBasis().stream().anyMatch(a -> b.matches(a.getDocument(), a.getClause()))) {
					failures.add("finding " + wanted.ruleId() + ": expected not to cite " + b + " but cited " + cited(finding));
				}
			}
			for (ExpectedEvidence ev : nonNull(wanted.evidence())) {
				if (atLevel.get().getEvidence().stream().noneMatch(e -> matches(ev, e))) {
					failures.add("finding " + wanted.ruleId() + ": expected evidence " + ev.path() + " = " + ev.value()
							+ " but evidence was " + atLevel.get().getEvidence().stream()
								.map(e -> e.getPath() + " = " + e.getValue()).toList());
				}
			}
		}
		for (String absent : nonNull(expect.absentFindings())) {
			if (verdict.getFindings().stream().anyMatch(f -> f.getRuleId().equals(absent))) {
				failures.add("finding " + absent + ": expected absent but present");
			}
		}
	}

	private static void checkCoverage(ExpectedCoverage expect, CoverageDto coverage, List<String> failures) {
		if (coverage == null) {
			failures.add("coverage: expected but the verdict has none");
			return;
		}
		(expect.packs() == null ? java.util.Map.<String, String>of() : expect.packs()).forEach((id, status) -> {
			String actual = coverage.getPacks().stream().filter(p -> p.getId().equals(id))
				.map(p -> p.getStatus().getValue()).findFirst().orElse("NOT_APPLICABLE");
			if (!status.equals(actual)) {
				failures.add("coverage: pack " + id + " expected " + status + " but was " + actual);
			}
		});
		for (ExpectedBasis b : nonNull(expect.notEncoded())) {
			if (coverage.getNotEncoded().stream().noneMatch(n -> b.matches(n.getDocument(), n.getClause()))) {
				failures.add("coverage: expected " + b + " listed as not encoded but listed " + notEncoded(coverage));
			}
		}
		for (ExpectedBasis b : nonNull(expect.absentNotEncoded())) {
			if (coverage.getNotEncoded().stream().anyMatch(n -> b.matches(n.getDocument(), n.getClause()))) {
				failures.add("coverage: expected " + b + " not listed as not encoded but it was");
			}
		}
	}

	private static List<String> notEncoded(CoverageDto coverage) {
		return coverage.getNotEncoded().stream().map(n -> n.getDocument() + " " + n.getClause()).toList();
	}

	private static void checkIndeterminate(Expectation expect, VerdictDto verdict, List<String> failures) {
		for (ExpectedIndeterminate wanted : nonNull(expect.indeterminate())) {
			Optional<IndeterminateDto> found = verdict.getIndeterminate().stream()
				.filter(i -> i.getRuleId().equals(wanted.ruleId()))
				.findFirst();
			if (found.isEmpty()) {
				failures.add("indeterminate " + wanted.ruleId() + ": expected but absent; indeterminate were "
						+ verdict.getIndeterminate().stream().map(IndeterminateDto::getRuleId).toList());
			}
			else if (wanted.missingFacts() != null
					&& !new TreeSet<>(wanted.missingFacts()).equals(new TreeSet<>(found.get().getMissingFacts()))) {
				failures.add("indeterminate " + wanted.ruleId() + ": expected missing facts " + wanted.missingFacts()
						+ " but were " + found.get().getMissingFacts());
			}
		}
		for (String decided : nonNull(expect.notIndeterminate())) {
			if (verdict.getIndeterminate().stream().anyMatch(i -> i.getRuleId().equals(decided))) {
				failures.add("indeterminate " + decided + ": expected decided but was indeterminate");
			}
		}
	}

	private static List<String> cited(FindingDto finding) {
		return finding.getBasis().stream().map(b -> b.getDocument() + " " + b.getClause()).toList();
	}

	private static boolean matches(ExpectedEvidence wanted, EvidenceDto actual) {
		return wanted.path().equals(actual.getPath())
				&& (wanted.value() == null || sameValue(wanted.value(), actual.getValue()));
	}

	/** JSON numbers compare by value: 0.4 written in a case equals the 0.4 a rule cites. */
	private static boolean sameValue(Object wanted, Object actual) {
		if (wanted instanceof Number w && actual instanceof Number a) {
			return Double.compare(w.doubleValue(), a.doubleValue()) == 0;
		}
		return Objects.equals(String.valueOf(wanted), String.valueOf(actual));
	}

	private static List<String> ruleIds(VerdictDto verdict) {
		return verdict.getFindings().stream().map(FindingDto::getRuleId).toList();
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

}

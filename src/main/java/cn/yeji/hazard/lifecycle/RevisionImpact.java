package cn.yeji.hazard.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.CaseRunner.CaseFile;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.system.Workers;

/**
 * The revision impact report's one computation, for {@code rules diff} and the console's revision page:
 * every readable case judged under the rules serving (base) and under a candidate, keeping the cases whose
 * outcome changes.
 */
final class RevisionImpact {

	private RevisionImpact() {
	}

	/** The changed cases in the cases' order; unreadable cases are skipped (the golden-case test names them). */
	static List<VerdictDiff> changes(List<CaseFile> cases, Ruleset base, Ruleset candidate, Clock clock,
			IntConsumer progress) {
		CaseRunner baseRunner = new CaseRunner(base, clock);
		CaseRunner candidateRunner = new CaseRunner(candidate, clock);
		AtomicInteger done = new AtomicInteger();
		return Workers.map(cases, file -> {
			VerdictDiff d = file.example() == null ? null : diff(file, baseRunner, candidateRunner);
			progress.accept(done.incrementAndGet());
			return d;
		}).stream().filter(d -> d != null && d.changed()).toList();
	}

	private static VerdictDiff diff(CaseFile file, CaseRunner base, CaseRunner candidate) {
		var example = file.example();
		if (example.isCompliance()) {
			return VerdictDiff.ofShortfalls(file.name(), example.description(), base.shortfalls(example),
					candidate.shortfalls(example));
		}
		return VerdictDiff.of(file.name(), example.description(), base.verdict(example), candidate.verdict(example));
	}

}

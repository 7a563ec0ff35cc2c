package cn.yeji.hazard.governance;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.CaseRunner.CaseFile;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Workers;
import cn.yeji.hazard.cases.VerdictDiff;
import cn.yeji.hazard.inspections.RecordedInspections;

/**
 * The revision impact report's one computation, for {@code rules diff} and the console's revision page:
 * every readable case, and the ledger's recorded inspections where there is a ledger, judged under the rules
 * serving (base) and under a candidate, keeping those whose outcome changes.
 */
public final class RevisionImpact {

	private RevisionImpact() {
	}

	/** The changed cases in the cases' order; unreadable cases are skipped (the golden-case test names them). */
	public static List<VerdictDiff> changes(List<CaseFile> cases, Ruleset base, Ruleset candidate, Clock clock,
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

	/**
	 * The ledger's part of the report.
	 * @param inspections how many recorded inspections were replayed
	 * @param truncated the ledger held {@link RecordedInspections#LIMIT} or more; the newest were replayed
	 * @param changes those whose outcome the candidate changes, newest first
	 */
	public record LedgerImpact(int inspections, boolean truncated, List<VerdictDiff> changes) {
	}

	public static LedgerImpact ledger(List<RecordedInspections.Recorded> recorded, Ruleset base, Ruleset candidate, Clock clock,
			IntConsumer progress) {
		return new LedgerImpact(recorded.size(), recorded.size() >= RecordedInspections.LIMIT,
				ledgerChanges(recorded, base, candidate, clock, progress));
	}

	private static List<VerdictDiff> ledgerChanges(List<RecordedInspections.Recorded> recorded, Ruleset base,
			Ruleset candidate, Clock clock, IntConsumer progress) {
		DeterminationService baseService = new DeterminationService(new RulesetHolder(base, clock), clock);
		DeterminationService candidateService = new DeterminationService(new RulesetHolder(candidate, clock), clock);
		AtomicInteger done = new AtomicInteger();
		return Workers.map(recorded, r -> {
			VerdictDiff d = VerdictDiff.of(r.name(), null, verdict(baseService, r), verdict(candidateService, r));
			progress.accept(done.incrementAndGet());
			return d;
		}).stream().filter(VerdictDiff::changed).toList();
	}

	/** {@code null} (REJECTED in the diff) when these rules refuse the recorded request. */
	private static VerdictDto verdict(DeterminationService service, RecordedInspections.Recorded recorded) {
		try {
			return service.determine(recorded.request());
		}
		catch (InvalidRequestException ex) {
			return null;
		}
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

package cn.yeji.hazard.lifecycle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.cases.CaseCheck;
import cn.yeji.hazard.cases.ExampleCase;
import cn.yeji.hazard.cases.ExampleCases;
import cn.yeji.hazard.cases.InvalidExampleException;
import cn.yeji.hazard.compliance.ComplianceJudge;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Workers;

/** Judges example cases against one rule set, the way the service would, and checks their expectations. */
final class CaseRunner {

	private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

	private final DeterminationService service;

	private final Ruleset ruleset;

	CaseRunner(Ruleset ruleset) {
		this.service = new DeterminationService(new RulesetHolder(ruleset), CLOCK);
		this.ruleset = ruleset;
	}

	/** Every case under {@code dir}, read on all cores, in path order. */
	static List<ExampleCaseFile> read(Path dir) {
		return Workers.map(ExampleCases.list(dir), file -> {
			String name = dir.relativize(file).toString().replace('\\', '/');
			try {
				return new ExampleCaseFile(name, ExampleCases.read(dir, file), null);
			}
			catch (InvalidExampleException ex) {
				return new ExampleCaseFile(name, null, ex.getMessage());
			}
		});
	}

	/** Checks every case on all cores (the service is thread-safe); {@code progress} hears the count done. */
	List<CaseResult> check(List<ExampleCaseFile> cases, IntConsumer progress) {
		return Workers.map(cases, counted(progress));
	}

	/**
	 * As {@link #check(List, IntConsumer)}, giving up when the cases take longer than {@code limit} in all.
	 * @throws TimeoutException when they do
	 */
	List<CaseResult> check(List<ExampleCaseFile> cases, IntConsumer progress, Duration limit) throws TimeoutException {
		return Workers.map(cases, counted(progress), limit);
	}

	private java.util.function.Function<ExampleCaseFile, CaseResult> counted(IntConsumer progress) {
		AtomicInteger done = new AtomicInteger();
		return file -> {
			CaseResult result = check(file);
			progress.accept(done.incrementAndGet());
			return result;
		};
	}

	CaseResult check(ExampleCaseFile file) {
		if (file.example() == null) {
			return new CaseResult(file.name(), null, List.of("cannot read the case: " + file.error()));
		}
		ExampleCase example = file.example();
		if (example.isCompliance()) {
			return new CaseResult(file.name(), example.description(),
					CaseCheck.failures(example.expect(), shortfalls(example)));
		}
		try {
			VerdictDto verdict = service.determine(example.request());
			return new CaseResult(file.name(), example.description(), CaseCheck.failures(example.expect(), verdict));
		}
		catch (InvalidRequestException ex) {
			return new CaseResult(file.name(), example.description(), List.of("request rejected: " + ex.getMessage()));
		}
		catch (RuntimeException | LinkageError | StackOverflowError ex) {
			// A rule that throws is a broken rule set, reported against the case that showed it.
			return new CaseResult(file.name(), example.description(), List.of("the rules failed on this case: " + ex));
		}
	}

	/** The verdict for a case's request, or {@code null} when the rules reject the request. */
	VerdictDto verdict(ExampleCase example) {
		try {
			return service.determine(example.request());
		}
		catch (InvalidRequestException ex) {
			return null;
		}
	}

	/** The shortfalls the compliance packs report for a compliance case. */
	List<Shortfall> shortfalls(ExampleCase example) {
		return ComplianceJudge.judge(ruleset, example.compliance());
	}

	/** A case file as read: the case, or why it could not be read. */
	record ExampleCaseFile(String name, ExampleCase example, String error) {
	}

	/** What came of one case; {@code failures} is empty when it holds. Verdicts are not kept: replays are large. */
	record CaseResult(String name, String description, List<String> failures) {

		boolean passed() {
			return failures.isEmpty();
		}

	}

}

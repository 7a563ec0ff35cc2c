package cn.yeji.hazard.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.compliance.ComplianceJudge;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Workers;

/**
 * The one golden-case runner, shared by {@code mvn verify}, {@code rules test}/{@code diff} and the reload
 * gate: reads every case the way HTTP reads a request ({@link ExampleCases}), judges it against one rule
 * set through the service's own {@link DeterminationService} in the configured zone, and checks the
 * case's expectation. A case one of them refuses, all of them refuse.
 */
public final class CaseRunner {

	private final DeterminationService service;

	private final Ruleset ruleset;

	public CaseRunner(Ruleset ruleset, Clock clock) {
		this.service = new DeterminationService(new RulesetHolder(ruleset), clock);
		this.ruleset = ruleset;
	}

	/** Every case under {@code dir}, read on all cores, in path order; an unreadable one says why. */
	public static List<CaseFile> read(Path dir) {
		return Workers.map(ExampleCases.list(dir), file -> read(dir, file));
	}

	/** One case file under {@code dir}; an unreadable one says why. */
	public static CaseFile read(Path dir, Path file) {
		String name = ExampleCases.name(dir, file);
		try {
			return new CaseFile(name, ExampleCases.read(dir, file), null);
		}
		catch (InvalidExampleException ex) {
			return new CaseFile(name, null, ex.getMessage());
		}
	}

	/** Checks every case on all cores (the service is thread-safe); {@code progress} hears the count done. */
	public List<CaseResult> check(List<CaseFile> cases, IntConsumer progress) {
		return Workers.map(cases, counted(progress));
	}

	/**
	 * As {@link #check(List, IntConsumer)}, giving up when the cases take longer than {@code limit} in all.
	 * @throws TimeoutException when they do
	 */
	public List<CaseResult> check(List<CaseFile> cases, IntConsumer progress, Duration limit) throws TimeoutException {
		return Workers.map(cases, counted(progress), limit);
	}

	private Function<CaseFile, CaseResult> counted(IntConsumer progress) {
		AtomicInteger done = new AtomicInteger();
		return file -> {
			CaseResult result = check(file);
			progress.accept(done.incrementAndGet());
			return result;
		};
	}

	public CaseResult check(CaseFile file) {
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
	public VerdictDto verdict(ExampleCase example) {
		try {
			return service.determine(example.request());
		}
		catch (InvalidRequestException ex) {
			return null;
		}
	}

	/** The shortfalls the compliance packs report for a compliance case. */
	public List<Shortfall> shortfalls(ExampleCase example) {
		return ComplianceJudge.judge(ruleset, example.compliance());
	}

	/** A case file as read: the case, or why it could not be read. */
	public record CaseFile(String name, ExampleCase example, String error) {
	}

	/** What came of one case; {@code failures} is empty when it holds. Verdicts are not kept: replays are large. */
	public record CaseResult(String name, String description, List<String> failures) {

		public boolean passed() {
			return failures.isEmpty();
		}

	}

}

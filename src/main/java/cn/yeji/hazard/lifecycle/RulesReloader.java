package cn.yeji.hazard.lifecycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.CaseRunner.CaseResult;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.ReloadAttempt.Outcome;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.HazardSettings;

/**
 * Replaces the rules serving with the rules folder as it is now, but only a candidate that compiles,
 * passes the lint and passes every example case. Attempts run one at a time; a rejected candidate
 * leaves the old rules serving and is reported with its problems.
 */
@Service
public class RulesReloader {

	private static final Logger log = LoggerFactory.getLogger(RulesReloader.class);

	private final RulesetHolder holder;

	private final Path rulesDir;

	private final Path examplesDir;

	private final Clock clock;

	private final Duration gateLimit;

	private final ActivationLog activations;

	private final boolean approval;

	RulesReloader(RulesetHolder holder, HazardSettings settings, Clock clock, ActivationLog activations) {
		this.activations = activations;
		this.approval = settings.rules().approval();
		this.holder = holder;
		this.rulesDir = settings.rules().dir();
		this.examplesDir = settings.examples().dir();
		this.clock = clock;
		this.gateLimit = settings.rules().gateTimeout();
	}

	/**
	 * The rules folder, checked and (when it differs and passes) serving; the activation is kept as a RELOAD.
	 * @param by the account that asked, {@code null} for the folder watcher
	 */
	public ReloadAttempt reload(String trigger, String by) {
		if (approval) {
			// under four eyes a folder that changed is reported, never activated: only an approved revision serves
			ReloadAttempt refused = result(trigger, System.nanoTime(), Outcome.REJECTED, versionOrNull(rulesDir),
					List.of(new RuleProblem(rulesDir.toString(), 0, "规则目录已变化，但本服务须经审批启用规则（hazard.rules.activation=approval）："
							+ "目录中的变化不会启用；请把修订提交为修订稿，由另一名政策法规人员批准")));
			holder.recordAttempt(refused);
			log.warn("rules folder {} changed ({}); not activated under hazard.rules.activation=approval", rulesDir, trigger);
			return refused;
		}
		return activate(rulesDir, trigger, "RELOAD", trigger, by);
	}

	/**
	 * The rules in {@code dir} (the folder, a stored version, an approved revision) checked exactly as a reload
	 * checks the folder, and serving when they pass; the activation is logged before it takes effect.
	 * @param source START, RELOAD, ROLLBACK or APPROVAL
	 * @param by the account that activates, {@code null} for the service itself
	 */
	public synchronized ReloadAttempt activate(Path dir, String trigger, String source, String reason, String by) {
		long start = System.nanoTime();
		ReloadAttempt attempt = attempt(dir, trigger, source, reason, by, start);
		holder.recordAttempt(attempt);
		if (attempt.outcome() == Outcome.REJECTED) {
			log.warn("rules reload ({}) rejected, {} keeps serving; {} problem(s), first: {}", trigger,
					holder.current().version(), attempt.problems().size(),
					attempt.problems().subList(0, Math.min(10, attempt.problems().size())));
		}
		else {
			log.info("rules reload ({}): {} {} in {} ms", trigger, attempt.outcome(), attempt.version(), attempt.millis());
		}
		return attempt;
	}

	private ReloadAttempt attempt(Path dir, String trigger, String source, String reason, String by, long start) {
		Ruleset candidate;
		try {
			if (holder.current().version().equals(RulesFolder.version(dir))) {
				return result(trigger, start, Outcome.UNCHANGED, holder.current().version(), List.of());
			}
			candidate = RulesFolder.load(dir, clock);
		}
		catch (InvalidRulesException ex) {
			return result(trigger, start, Outcome.REJECTED, versionOrNull(dir), ex.problems());
		}
		catch (RuntimeException | LinkageError ex) {
			// an unreadable folder (permissions, a file vanishing mid-read) must not take the service down
			return result(trigger, start, Outcome.REJECTED, null,
					List.of(new RuleProblem(dir.toString(), 0, "cannot read the rules folder: " + ex.getMessage())));
		}
		List<RuleProblem> failing;
		try {
			failing = failingExamples(candidate);
		}
		catch (TimeoutException ex) {
			failing = List.of(new RuleProblem(examplesDir.toString(), 0, "the example cases did not finish within "
					+ gateLimit.toMillis() + " ms under the candidate rules (hazard.rules.gate-timeout)"));
		}
		catch (RuntimeException | LinkageError ex) {
			log.error("the example gate failed", ex);
			failing = List.of(new RuleProblem(examplesDir.toString(), 0, "the example gate failed: " + ex));
		}
		if (!failing.isEmpty()) {
			return result(trigger, start, Outcome.REJECTED, candidate.version(), failing);
		}
		try {
			activations.activating(candidate, dir, source, reason, by);
		}
		catch (RuntimeException ex) {
			log.error("the activation of {} could not be kept", candidate.version(), ex);
			return result(trigger, start, Outcome.REJECTED, candidate.version(),
					List.of(new RuleProblem(dir.toString(), 0, "无法保存规则集版本及其启用记录，未启用：" + ex.getMessage())));
		}
		holder.activate(candidate);
		return result(trigger, start, Outcome.ACTIVATED, candidate.version(), List.of());
	}

	/** Every example case must still hold under the candidate; a failing case is reported as a problem. */
	private List<RuleProblem> failingExamples(Ruleset candidate) throws TimeoutException {
		if (!Files.isDirectory(examplesDir)) {
			log.warn("no examples folder at {}; the candidate is activated on compile and lint alone", examplesDir);
			return List.of();
		}
		List<RuleProblem> problems = new ArrayList<>();
		List<CaseRunner.CaseFile> cases = CaseRunner.read(examplesDir);
		for (CaseResult r : new CaseRunner(candidate, clock).check(cases, done -> { }, gateLimit)) {
			r.failures().forEach(f -> problems.add(new RuleProblem("examples/" + r.name(), 0, f)));
		}
		return problems;
	}

	private static String versionOrNull(Path dir) {
		try {
			return RulesFolder.version(dir);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private ReloadAttempt result(String trigger, long start, Outcome outcome, String version, List<RuleProblem> problems) {
		return new ReloadAttempt(clock.instant(), trigger, outcome, version, (System.nanoTime() - start) / 1_000_000,
				List.copyOf(problems));
	}

}

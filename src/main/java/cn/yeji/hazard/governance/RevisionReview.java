package cn.yeji.hazard.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.CaseRunner.CaseFile;
import cn.yeji.hazard.cases.CaseRunner.CaseResult;
import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.cases.VerdictDiff;
import cn.yeji.hazard.inspections.RecordedInspections;
import cn.yeji.hazard.lifecycle.UploadedRules;

/**
 * What an uploaded revision would do, without activating it: the problems that stop it loading, or the
 * example cases under it ({@code rules test}) and every case whose verdict it changes against the rules
 * serving ({@code rules diff}). Activation stays with the folder and the reload gate.
 */
@Service
class RevisionReview {

	private static final Logger log = LoggerFactory.getLogger(RevisionReview.class);

	private final RulesetHolder holder;

	private final Path rulesDir;

	private final Path examplesDir;

	private final Clock clock;

	private final Duration gateLimit;

	private final DataSource ledger;

	RevisionReview(RulesetHolder holder, HazardSettings settings, Clock clock, DataSource ledger) {
		this.holder = holder;
		this.ledger = ledger;
		this.rulesDir = settings.rules().dir();
		this.examplesDir = settings.examples().dir();
		this.clock = clock;
		this.gateLimit = settings.rules().gateTimeout();
	}

	/**
	 * Lays the files over a copy of the serving folder (or takes the zip's whole folder), exactly as
	 * {@code POST /api/v1/ruleset/validate} does, and reviews the result; the copy is deleted after.
	 * @throws cn.yeji.hazard.system.InvalidRequestException when nothing was uploaded, a zip is not one, or
	 * a name would leave the folder (the API's messages)
	 */
	Review review(List<MultipartFile> files, String pack, MultipartFile zip) {
		try (UploadedRules upload = UploadedRules.of(RevisionFiles.placed(files, pack, rulesDir), zip, rulesDir)) {
			return review(upload.root());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Review review(Path candidateDir) {
		Ruleset serving = holder.current();
		Ruleset candidate;
		try {
			candidate = RulesFolder.load(candidateDir, clock);
		}
		catch (InvalidRulesException ex) {
			return new Review(serving.version(), null, 0, ex.problems(), 0, List.of(), List.of(), List.of(), null);
		}
		int ruleCount = candidate.rules().size() + candidate.complianceRules().size();
		List<RuleChanges.Change> ruleChanges = RuleChanges.between(serving, candidate);
		if (!Files.isDirectory(examplesDir)) {
			return new Review(serving.version(), candidate.version(), ruleCount, List.of(), 0, List.of(), List.of(),
					ruleChanges, ledger(serving, candidate));
		}
		List<CaseFile> cases = CaseRunner.read(examplesDir);
		try {
			List<CaseResult> results = new CaseRunner(candidate, clock).check(cases, done -> { }, gateLimit);
			List<VerdictDiff> changes = RevisionImpact.changes(cases, serving, candidate, clock, done -> { });
			return new Review(serving.version(), candidate.version(), ruleCount, List.of(), cases.size(),
					results.stream().filter(r -> !r.passed()).toList(), changes, ruleChanges, ledger(serving, candidate));
		}
		catch (TimeoutException ex) {
			return new Review(serving.version(), candidate.version(), ruleCount, List.of(new RuleProblem(
					examplesDir.getFileName().toString(), 0, "示例用例在 " + gateLimit.toSeconds()
							+ " 秒内未能在修订稿下运行完（hazard.rules.gate-timeout），修订稿会被重新加载拒绝")),
					cases.size(), List.of(), List.of(), ruleChanges, null);
		}
	}

	/** The ledger's recorded inspections judged under both; {@code null} when the ledger cannot be read. */
	private RevisionImpact.LedgerImpact ledger(Ruleset serving, Ruleset candidate) {
		try (Connection connection = ledger.getConnection()) {
			List<RecordedInspections.Recorded> recorded = RecordedInspections.read(connection, RecordedInspections.LIMIT,
					problem -> log.warn("revision review skipped a recorded request: {}", problem));
			return RevisionImpact.ledger(recorded, serving, candidate, clock, done -> { });
		}
		catch (SQLException ex) {
			log.warn("revision review could not read the ledger's inspections", ex);
			return null;
		}
	}

	/**
	 * @param candidateVersion {@code null} when the revision does not load
	 * @param problems why it does not load (or why its cases could not be run), each {@code FILE:LINE: message}
	 * @param failures the example cases that fail under the revision
	 * @param changes the cases whose verdict the revision changes, against the rules serving
	 * @param ruleChanges the parameters, rules and rule texts the revision changes, against the rules serving
	 * @param ledger the ledger's recorded inspections replayed under both ({@code null} when not run)
	 */
	record Review(String servingVersion, String candidateVersion, int ruleCount, List<RuleProblem> problems, int cases,
			List<CaseResult> failures, List<VerdictDiff> changes, List<RuleChanges.Change> ruleChanges,
			RevisionImpact.LedgerImpact ledger) {

		public boolean loads() {
			return candidateVersion != null;
		}

		public int passed() {
			return cases - failures.size();
		}

	}

}

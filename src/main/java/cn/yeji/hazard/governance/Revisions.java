package cn.yeji.hazard.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.Folders;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.lifecycle.RulesReloader;
import cn.yeji.hazard.lifecycle.RulesetArchive;
import cn.yeji.hazard.lifecycle.RulesetVersions;
import cn.yeji.hazard.lifecycle.UploadedRules;

/**
 * Four eyes on every activation: one officer uploads a revision, which is kept PENDING with its validation,
 * test results and verdict changes; another approves it, and only then is it checked again and activated
 * (or rejects it, with a reason). The uploader may not approve their own.
 */
@Service
class Revisions {

	/** What a revision's review found, as kept with it. */
	record Summary(boolean valid, List<RuleProblem> problems, int casesPassed, int casesFailed, int verdictChanges,
			List<RuleChanges.Change> ruleChanges, Integer ledgerInspections, Integer ledgerChanges) {

		/** Revisions kept before rule changes were recorded read as having none. */
		Summary {
			ruleChanges = ruleChanges == null ? List.of() : ruleChanges;
		}

	}

	/** A revision as kept. */
	record Revision(long id, String version, String status, String reason, String uploadedBy, OffsetDateTime uploadedAt,
			Summary summary, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {
	}

	private final JdbcClient jdbc;

	private final RevisionReview reviews;

	private final RulesReloader reloader;

	private final HazardSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	Revisions(JdbcClient jdbc, RevisionReview reviews, RulesReloader reloader, HazardSettings settings, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.reloader = reloader;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	Revision propose(Caller caller, List<MultipartFile> files, MultipartFile zip, String reason) {
		try (UploadedRules upload = UploadedRules.of(files, zip, settings.rules().dir())) {
			RevisionReview.Review review = reviews.review(upload.root());
			Summary summary = new Summary(review.loads() && review.problems().isEmpty(), review.problems(), review.passed(),
					review.failures().size(), review.changes().size(), review.ruleChanges(),
					review.ledger() == null ? null : review.ledger().inspections(),
					review.ledger() == null ? null : review.ledger().changes().size());
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO ruleset_revision (version, files, status, reason, uploaded_by, uploaded_at, review)
					VALUES (:version, :files, 'PENDING', :reason, :by, :at, :review)""")
				.param("version", review.candidateVersion())
				.param("files", RulesetArchive.zip(upload.root()))
				.param("reason", reason)
				.param("by", caller.username())
				.param("at", OffsetDateTime.now(clock))
				.param("review", json.writeValueAsString(summary))
				.update(keys, "id");
			return get(keys.getKey().longValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Revision> list() {
		return jdbc.sql("SELECT * FROM ruleset_revision ORDER BY id DESC LIMIT 200").query((rs, n) -> row(rs)).list();
	}

	Revision get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("规则修订稿", id));
	}

	/**
	 * Checks the revision again as a reload would and activates it; a revision refused now is REJECTED with
	 * why. Under {@code watch} its files are also written over the rules folder, which stays what serves.
	 */
	Revision approve(Caller caller, long id, String note) {
		Revision r = pending(id);
		if (r.uploadedBy() != null && r.uploadedBy().equals(caller.username())) {
			throw new ForbiddenException(new FieldProblem("uploadedBy", r.uploadedBy(),
					"修订稿须由上传者以外的另一名政策法规人员审批（四眼原则）"));
		}
		Path dir = unpacked(id);
		try {
			ReloadAttempt attempt = reloader.activate(dir, "revision " + id, "APPROVAL", note, caller.username());
			if (attempt.outcome() == ReloadAttempt.Outcome.REJECTED) {
				return decide(caller, id, "REJECTED", "启用时校验未通过：" + attempt.problems().stream().limit(5)
					.map(p -> p.file() + ":" + p.line() + ": " + p.message()).toList());
			}
			if (!settings.rules().approval()) {
				RulesetVersions.copyOver(dir, settings.rules().dir());
			}
			return decide(caller, id, "APPROVED", note);
		}
		finally {
			Folders.delete(dir);
		}
	}

	Revision reject(Caller caller, long id, String note) {
		pending(id);
		if (note == null || note.isBlank()) {
			throw new InvalidRequestException(List.of(new FieldProblem("reason", null, "驳回须写明理由")));
		}
		return decide(caller, id, "REJECTED", note);
	}

	private Revision pending(long id) {
		Revision r = get(id);
		if (!"PENDING".equals(r.status())) {
			throw new ConflictException("修订稿 " + id + " 已" + ("APPROVED".equals(r.status()) ? "批准" : "驳回") + "，不能再审批");
		}
		return r;
	}

	private Revision decide(Caller caller, long id, String status, String note) {
		int changed = jdbc.sql("""
				UPDATE ruleset_revision SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note
				WHERE id = :id AND status = 'PENDING'""")
			.param("status", status)
			.param("by", caller.username())
			.param("at", OffsetDateTime.now(clock))
			.param("note", note)
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new ConflictException("修订稿 " + id + " 已被他人审批");
		}
		return get(id);
	}

	private Path unpacked(long id) {
		byte[] files = jdbc.sql("SELECT files FROM ruleset_revision WHERE id = :id").param("id", id).query(byte[].class).single();
		try {
			Path dir = Files.createTempDirectory("revision-");
			RulesetArchive.unzip(files, dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Revision> find(long id) {
		return jdbc.sql("SELECT * FROM ruleset_revision WHERE id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private Revision row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Revision(rs.getLong("id"), rs.getString("version"), rs.getString("status"), rs.getString("reason"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class),
				json.readValue(rs.getString("review"), Summary.class), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_note"));
	}

}

package cn.yeji.hazard.governance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.api.RulesetApi;
import cn.yeji.hazard.api.model.DecisionDto;
import cn.yeji.hazard.api.model.ReloadAttemptDto;
import cn.yeji.hazard.api.model.RevisionDto;
import cn.yeji.hazard.api.model.RollbackRequestDto;
import cn.yeji.hazard.api.model.RulesetActivationDto;
import cn.yeji.hazard.api.model.ValidationDto;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.lifecycle.RulesReloader;
import cn.yeji.hazard.lifecycle.RulesetVersions;
import cn.yeji.hazard.lifecycle.UploadedRules;
import cn.yeji.hazard.security.Callers;

/**
 * {@code /api/v1/ruleset/…}: reload, validate, the history of activations, rollback, and revisions that a
 * second officer approves.
 */
@RestController
class RulesetController implements RulesetApi {

	private final RulesReloader reloader;

	private final Path rulesDir;

	private final Clock clock;

	private final HazardSettings settings;

	private final RulesetVersions versions;

	private final Revisions revisions;

	private final Callers callers;

	RulesetController(RulesReloader reloader, HazardSettings settings, Clock clock, RulesetVersions versions,
			Revisions revisions, Callers callers) {
		this.reloader = reloader;
		this.rulesDir = settings.rules().dir();
		this.clock = clock;
		this.settings = settings;
		this.versions = versions;
		this.revisions = revisions;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<ReloadAttemptDto> reloadRuleset() {
		if (settings.rules().approval()) {
			throw new ConflictException("本服务的规则须经审批启用（hazard.rules.activation=approval）：请上传修订稿"
					+ "（POST /api/v1/ruleset/revisions），由另一名政策法规人员审批");
		}
		return ResponseEntity.ok(RulesetDtos.attempt(reloader.reload("request", callers.current().username())));
	}

	@Override
	public ResponseEntity<List<RulesetActivationDto>> rulesetHistory() {
		return ResponseEntity.ok(versions.history().stream()
			.map(a -> new RulesetActivationDto(a.version(), a.at(), RulesetActivationDto.SourceEnum.fromValue(a.source()))
				.activatedBy(a.by())
				.reason(a.reason()))
			.toList());
	}

	@Override
	public ResponseEntity<ReloadAttemptDto> rollbackRuleset(RollbackRequestDto request) {
		return ResponseEntity.ok(RulesetDtos.attempt(versions.rollback(request.getVersion(), request.getReason(), callers.current().username())));
	}

	@Override
	public ResponseEntity<RevisionDto> proposeRevision(List<MultipartFile> files, MultipartFile zip, String reason) {
		Revisions.Revision r = revisions.propose(callers.current(), files, zip, reason);
		return ResponseEntity.created(URI.create("/api/v1/ruleset/revisions/" + r.id())).body(dto(r));
	}

	@Override
	public ResponseEntity<List<RevisionDto>> listRevisions() {
		return ResponseEntity.ok(revisions.list().stream().map(RulesetController::dto).toList());
	}

	@Override
	public ResponseEntity<RevisionDto> getRevision(Long id) {
		return ResponseEntity.ok(dto(revisions.get(id)));
	}

	@Override
	public ResponseEntity<RevisionDto> approveRevision(Long id, DecisionDto decision) {
		return ResponseEntity.ok(dto(revisions.approve(callers.current(), id, decision == null ? null : decision.getReason())));
	}

	@Override
	public ResponseEntity<RevisionDto> rejectRevision(Long id, DecisionDto decision) {
		return ResponseEntity.ok(dto(revisions.reject(callers.current(), id, decision.getReason())));
	}

	static RevisionDto dto(Revisions.Revision r) {
		return new RevisionDto(r.id(), RevisionDto.StatusEnum.fromValue(r.status()), r.uploadedBy(), r.uploadedAt(),
				r.summary().valid(), RulesetDtos.problems(r.summary().problems()))
			.version(r.version())
			.reason(r.reason())
			.casesPassed(r.summary().casesPassed())
			.casesFailed(r.summary().casesFailed())
			.verdictChanges(r.summary().verdictChanges())
			.ruleChanges(RulesetDtos.ruleChanges(r.summary().ruleChanges()))
			.ledgerInspections(r.summary().ledgerInspections())
			.ledgerChanges(r.summary().ledgerChanges())
			.decidedBy(r.decidedBy())
			.decidedAt(r.decidedAt())
			.decisionNote(r.decisionNote());
	}

	@Override
	public ResponseEntity<ValidationDto> validateRules(List<MultipartFile> files, MultipartFile zip) {
		try (UploadedRules upload = UploadedRules.of(files, zip, rulesDir)) {
			Ruleset ruleset = RulesFolder.load(upload.root(), clock);
			return ResponseEntity.ok(new ValidationDto().valid(true)
				.version(ruleset.version())
				.ruleCount(ruleset.rules().size())
				.problems(List.of()));
		}
		catch (InvalidRulesException ex) {
			return ResponseEntity.ok(new ValidationDto().valid(false).problems(RulesetDtos.problems(ex.problems())));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

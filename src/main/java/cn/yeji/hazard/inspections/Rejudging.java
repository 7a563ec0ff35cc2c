package cn.yeji.hazard.inspections;

import java.time.Clock;

import org.springframework.stereotype.Service;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.RejudgementDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.cases.VerdictDiff;
import cn.yeji.hazard.lifecycle.RulesetVersions;

/**
 * A recorded request judged again, on the rules serving or on a stored version, with what changed against
 * the verdict on record: for an institution that disputes a verdict, or before a revision goes live.
 * Nothing is written.
 */
@Service
public class Rejudging {

	/** The rules serving. */
	public static final String CURRENT = "current";

	private final RulesetHolder holder;

	private final RulesetVersions versions;

	private final Clock clock;

	Rejudging(RulesetHolder holder, RulesetVersions versions, Clock clock) {
		this.holder = holder;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * @param ruleset {@link #CURRENT} or a stored version
	 * @throws NotFoundException for a version that is not stored
	 */
	public RejudgementDto rejudge(long inspectionId, DeterminationRequestDto request, VerdictDto recorded, String ruleset) {
		Ruleset rules = ruleset == null || ruleset.isBlank() || CURRENT.equals(ruleset) ? holder.current()
				: versions.load(ruleset).orElseThrow(() -> new NotFoundException("规则集版本", ruleset));
		if (request.getInspection() != null && request.getInspection().getDate() == null) {
			// judged on the day it was recorded, not today: which packs apply depends on the date
			request.getInspection().setDate(recorded.getReferenceDate());
		}
		VerdictDto now = new DeterminationService(new RulesetHolder(rules, clock), clock).determine(request);
		VerdictDiff diff = VerdictDiff.of("inspection " + inspectionId, null, recorded, now);
		return new RejudgementDto(inspectionId, recorded.getRuleset().getVersion(), rules.version(), now, diff.changed())
			.recordedVerdict(recorded.getVerdict().getValue())
			.findingsAdded(diff.findingsAdded())
			.findingsRemoved(diff.findingsRemoved())
			.indeterminateAdded(diff.indeterminateAdded())
			.indeterminateRemoved(diff.indeterminateRemoved());
	}

}

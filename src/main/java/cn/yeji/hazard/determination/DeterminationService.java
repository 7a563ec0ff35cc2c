package cn.yeji.hazard.determination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.engine.Explained;
import cn.yeji.hazard.engine.Outcome;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.Inspection;
import cn.yeji.hazard.rules.PackApplicability;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;

/**
 * Judges one request: checks it, maps it to facts, evaluates the packs that apply to its region, its facility kind
 * and its reference date (the inspection date, else today) on the rule set active when the request arrived, and
 * assembles the verdict.
 */
@Service
public class DeterminationService {

	private final RulesetHolder rulesets;

	private final Clock clock;

	public DeterminationService(RulesetHolder rulesets, Clock clock) {
		this.rulesets = rulesets;
		this.clock = clock;
	}

	/**
	 * Checks the request's contract and judges it, on one rule set.
	 * @throws cn.yeji.hazard.system.InvalidRequestException naming every offending field
	 */
	public VerdictDto determine(DeterminationRequestDto request) {
		return determine(check(request), false);
	}

	/**
	 * As {@link #determine(DeterminationRequestDto)}; with {@code explain} the verdict also carries
	 * {@code explanation[]}, the rule-by-rule account (see {@link Explanations}). Without it nothing more is done.
	 */
	public VerdictDto determine(DeterminationRequestDto request, boolean explain) {
		return determine(check(request), explain);
	}

	/**
	 * The request checked against the contract of the rule set serving now, kept with that rule set.
	 * @throws cn.yeji.hazard.system.InvalidRequestException naming every offending field
	 */
	public CheckedRequest check(DeterminationRequestDto request) {
		Ruleset ruleset = rulesets.current();
		RequestChecks.check(request, ruleset);
		return new CheckedRequest(request, ruleset);
	}

	/** Judges a checked request on the rule set it was checked against. */
	public VerdictDto determine(CheckedRequest checked, boolean explain) {
		DeterminationRequestDto request = checked.request();
		Ruleset ruleset = checked.ruleset();
		Inspection inspection = FactMapper.inspection(request.getInspection(), LocalDate.now(clock));
		List<Object> facts = FactMapper.facts(request, inspection, ruleset);
		FacilityKind kind = request.getFacility().getKind() == null ? FacilityKind.INSTITUTION
				: FactMapper.convert(FacilityKind.class, request.getFacility().getKind());
		List<PackApplicability> applicability = ruleset.applicability(request.getFacility().getRegionCode(), kind,
				inspection.referenceDate());
		if (!explain) {
			Outcome outcome = ruleset.evaluate(facts, applicability);
			return VerdictAssembler.verdict(outcome, request.getFacility().getId(), inspection, ruleset, applicability);
		}
		Explained explained = ruleset.explain(facts, applicability);
		Explanations.Scope scope = new Explanations.Scope(request.getFacility().getRegionCode(), kind,
				inspection.referenceDate());
		return VerdictAssembler.verdict(explained.outcome(), request.getFacility().getId(), inspection, ruleset, applicability)
			.explanation(Explanations.of(ruleset, applicability, scope, explained));
	}

}

package cn.yeji.hazard.determination;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.rules.Ruleset;

/**
 * A request that passed the contract's checks on one rule set, with that rule set: it is judged on the rule set
 * it was checked against, even when a reload swaps another in meanwhile. Made only by
 * {@link DeterminationService#check}.
 */
public record CheckedRequest(DeterminationRequestDto request, Ruleset ruleset) {
}

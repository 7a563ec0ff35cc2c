package cn.yeji.hazard.engine;

import java.util.List;

import cn.yeji.hazard.facts.Evidence;

/**
 * What the conditions of one rule id's rules read in one evaluation in which it concluded nothing: every fact of the types they name that
 * meets their fixed literals, with the value the rules saw ({@code null}: not given), and the patterns whose
 * literals no fact met (e.g. {@code Observation(code == "HAZMAT_IN_RESIDENT_AREA")}).
 *
 * Request facts are cited by their path; facts the rules derived themselves are cited as
 * {@code Type@key.field} (e.g. {@code ElementTally.crowdedCount}, {@code Element@observations[2].clause}).
 */
public record RuleReading(String ruleId, List<Evidence> facts, List<String> unmet) {
}

package cn.yeji.hazard.facts;

import java.util.List;

/**
 * Facts a clause needs but nobody gave. A clause with missing facts and no finding is indeterminate:
 * unknown is never compliant.
 */
public record Missing(String ruleId, List<String> paths) {
}

package cn.yeji.hazard.facts;

import java.util.List;

/** A conclusion a rule inserts: which clause fired, how grave it is, why, and what to do next. */
public record Finding(String ruleId, Level level, Mode mode, String title, List<Basis> basis, List<Evidence> evidence,
		String advice) {
}

package cn.yeji.hazard.rules;

import java.util.Comparator;

import cn.yeji.hazard.facts.FactPaths;

/** Orders rule ids the way the guideline reads: {@code YJ-2.2} before {@code YJ-2.10}. */
public final class RuleIds {

	public static final Comparator<String> ORDER = FactPaths.ORDER;

	private RuleIds() {
	}

}

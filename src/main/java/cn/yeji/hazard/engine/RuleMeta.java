package cn.yeji.hazard.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.facts.Mode;

/**
 * A rule's metadata read the one way the whole service reads it. A rule is named
 * {@code "<ruleId> <Chinese title>"} and carries {@code @ruleId @level @mode @basis @advice @confidence};
 * helper rules carry {@code @kind(UNKNOWN)} (they report missing facts) or {@code @kind(CLASSIFICATION)}.
 */
public record RuleMeta(String ruleId, String kind, Level level, Mode mode, String title, List<Basis> basis,
		String advice, String confidence) {

	/** Where the compiled rule keeps its parsed metadata; not a key an author can write. */
	static final String PARSED = "hazard-judge.parsed-meta";

	public static final String FINDING = "FINDING";

	public static final String UNKNOWN = "UNKNOWN";

	public static final String CLASSIFICATION = "CLASSIFICATION";

	/** A cadence rule of a compliance pack: it concludes a Shortfall, not a Finding. */
	public static final String COMPLIANCE = "COMPLIANCE";

	/** A district rule that escalates another clause's finding (提级治理); it concludes no finding of its own. */
	public static final String ESCALATION = "ESCALATION";

	/** Parses a rule's metadata; fields a kind does not need may be absent ({@code null}). */
	public static RuleMeta of(String ruleName, Map<String, String> meta) {
		String ruleId = meta.get("ruleId");
		String kind = meta.getOrDefault("kind", FINDING);
		return new RuleMeta(ruleId, kind, parse(Level.class, meta.get("level")), parse(Mode.class, meta.get("mode")),
				title(ruleName, ruleId), basis(meta.get("basis")), meta.get("advice"), meta.get("confidence"));
	}

	public boolean isFinding() {
		return FINDING.equals(kind);
	}

	public boolean isCompliance() {
		return COMPLIANCE.equals(kind);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String title(String ruleName, String ruleId) {
		if (ruleId != null && ruleName.startsWith(ruleId)) {
			return ruleName.substring(ruleId.length()).strip();
		}
		return ruleName;
	}

	/** {@code "document|clause; document|clause"}. */
	static List<Basis> basis(String text) {
		List<Basis> basis = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return basis;
		}
		for (String entry : text.split(";")) {
			if (entry.isBlank()) {
				continue;
			}
			int bar = entry.indexOf('|');
			String document = (bar < 0 ? entry : entry.substring(0, bar)).strip();
			String clause = bar < 0 ? "" : entry.substring(bar + 1).strip();
			basis.add(new Basis(document, clause));
		}
		return List.copyOf(basis);
	}

}

package cn.yeji.hazard.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yeji.hazard.engine.CompiledRules;
import cn.yeji.hazard.engine.RuleDescriptor;
import cn.yeji.hazard.engine.RuleMeta;
import cn.yeji.hazard.engine.DrlSource;
import cn.yeji.hazard.engine.RuleProblem;

/**
 * Checks what the compiler cannot: every rule carries the metadata a verdict cites, rule ids belong to
 * their pack, and every catalog code feeds a rule that exists.
 */
final class RuleChecks {

	static final Set<String> CONFIDENCES = Set.of("CONFIRMED_NATIONAL_TEXT", "PARTLY_CONFIRMED_NATIONAL_TEXT",
			"UNCONFIRMED_NATIONAL_TEXT", "DISTRICT_CLAUSE");

	private static final Set<String> KINDS = Set.of(RuleMeta.FINDING, RuleMeta.UNKNOWN, RuleMeta.CLASSIFICATION,
			RuleMeta.COMPLIANCE, RuleMeta.ESCALATION);

	private RuleChecks() {
	}

	/** The finding rules as officers see them; problems are added for every rule that is not well formed. */
	static List<RuleInfo> check(CompiledRules compiled, List<PackFiles> packs, List<ObservationCode> catalog,
			List<RuleProblem> problems) {
		Map<String, PackFiles> packByFile = new HashMap<>();
		Map<String, String> textByFile = new HashMap<>();
		for (PackFiles pack : packs) {
			pack.sources().forEach(s -> packByFile.put(s.file(), pack));
			textByFile.putAll(pack.textByFile());
		}
		List<RuleInfo> infos = new ArrayList<>();
		for (RuleDescriptor rule : compiled.rules()) {
			PackFiles pack = packByFile.get(rule.file());
			int line = lineOfRule(textByFile.get(rule.file()), rule.name());
			RuleMeta meta = RuleMeta.of(rule.name(), rule.metadata());
			List<String> wrong = problemsOf(rule, meta, pack);
			wrong.forEach(w -> problems.add(new RuleProblem(rule.file(), line, "rule \"" + rule.name() + "\": " + w)));
			if (wrong.isEmpty() && (meta.isFinding() || meta.isCompliance())) {
				infos.add(new RuleInfo(meta.ruleId(), rule.name(), meta.level(), meta.mode(), meta.title(), meta.basis(),
						meta.advice(), meta.confidence(), pack.pack().id(), pack.pack().jurisdiction(), rule.file()));
			}
		}
		checkDuplicates(compiled, problems, textByFile);
		checkCatalog(catalog, infos, problems);
		infos.sort(Comparator.comparing(RuleInfo::pack).thenComparing(RuleInfo::ruleId, RuleIds.ORDER)
			.thenComparing(RuleInfo::name));
		return List.copyOf(infos);
	}

	private static List<String> problemsOf(RuleDescriptor rule, RuleMeta meta, PackFiles pack) {
		List<String> wrong = new ArrayList<>();
		String kind = rule.metadata().getOrDefault("kind", RuleMeta.FINDING);
		if (!KINDS.contains(kind)) {
			wrong.add("@kind must be one of " + KINDS);
			return wrong;
		}
		String prefix = pack == null ? "" : pack.pack().rulePrefix();
		if (meta.ruleId() != null && !meta.ruleId().startsWith(prefix)) {
			wrong.add("@ruleId " + meta.ruleId() + " does not start with the pack's prefix " + prefix);
		}
		if (RuleMeta.UNKNOWN.equals(kind) && meta.ruleId() != null && !rule.name().startsWith(meta.ruleId())) {
			wrong.add("the rule name must start with its @ruleId " + meta.ruleId());
		}
		boolean compliancePack = pack != null && pack.pack().isCompliance();
		if (compliancePack != meta.isCompliance()) {
			wrong.add(compliancePack ? "a compliance pack's rules must be @kind(\"COMPLIANCE\")"
					: "@kind(\"COMPLIANCE\") belongs in a pack whose pack.yaml says purpose: compliance");
			return wrong;
		}
		if (meta.isFinding()) {
			checkFinding(rule, meta, wrong);
		}
		if (meta.isCompliance()) {
			checkCited(rule, meta, wrong);
		}
		if (RuleMeta.ESCALATION.equals(kind)) {
			checkEscalation(meta, wrong);
		}
		return wrong;
	}

	/** A cadence rule cites like a finding does, but has no level or mode. */
	private static void checkCited(RuleDescriptor rule, RuleMeta meta, List<String> wrong) {
		if (meta.ruleId() == null) {
			wrong.add("@ruleId is required");
			return;
		}
		if (!rule.name().startsWith(meta.ruleId() + " ") || meta.title().isBlank()) {
			wrong.add("the rule name must be \"" + meta.ruleId() + " <中文标题>\"");
		}
		if (meta.basis().isEmpty()) {
			wrong.add("@basis is required: \"文件|条款; 文件|条款\"");
		}
		if (meta.advice() == null || meta.advice().isBlank()) {
			wrong.add("@advice is required (整改或论证建议)");
		}
		if (meta.confidence() == null || !CONFIDENCES.contains(meta.confidence())) {
			wrong.add("@confidence must be one of " + CONFIDENCES);
		}
	}

	/**
	 * An escalation rule (提级治理) concludes no finding of its own: it escalates another clause's finding, so it
	 * has no @ruleId, @level or @mode, but says what it rests on.
	 */
	private static void checkEscalation(RuleMeta meta, List<String> wrong) {
		if (meta.ruleId() != null) {
			wrong.add("an @kind(\"ESCALATION\") rule escalates another clause's finding and carries no @ruleId");
		}
		if (meta.basis().isEmpty()) {
			wrong.add("@basis is required: \"文件|条款; 文件|条款\"");
		}
		if (meta.confidence() == null || !CONFIDENCES.contains(meta.confidence())) {
			wrong.add("@confidence must be one of " + CONFIDENCES);
		}
	}

	private static void checkFinding(RuleDescriptor rule, RuleMeta meta, List<String> wrong) {
		checkCited(rule, meta, wrong);
		if (meta.ruleId() == null) {
			return;
		}
		if (meta.level() == null) {
			wrong.add("@level must be MAJOR, GENERAL or REVIEW");
		}
		if (meta.mode() == null) {
			wrong.add("@mode must be DIRECT, COMBINED or EXPERT");
		}
	}

	/** All rules of one clause live in one file; the same id in a second file is a copy-paste slip. */
	private static void checkDuplicates(CompiledRules compiled, List<RuleProblem> problems, Map<String, String> textByFile) {
		Map<String, String> fileByRuleId = new HashMap<>();
		for (RuleDescriptor rule : compiled.rules()) {
			String ruleId = rule.meta("ruleId");
			if (ruleId == null) {
				continue;
			}
			String first = fileByRuleId.putIfAbsent(ruleId, rule.file());
			if (first != null && !first.equals(rule.file())) {
				problems.add(new RuleProblem(rule.file(), lineOfRule(textByFile.get(rule.file()), rule.name()),
						"duplicate rule id " + ruleId + ": already used in " + first));
			}
		}
	}

	private static void checkCatalog(List<ObservationCode> catalog, List<RuleInfo> infos, List<RuleProblem> problems) {
		Set<String> ruleIds = new HashSet<>();
		infos.forEach(i -> ruleIds.add(i.ruleId()));
		for (ObservationCode code : catalog) {
			if (!ruleIds.contains(code.clause())) {
				problems.add(new RuleProblem(CatalogReader.FILE, 0,
						"code " + code.code() + " feeds clause " + code.clause() + ", which no rule concludes"));
			}
		}
	}

	static int lineOfRule(String text, String name) {
		if (text == null) {
			return 0;
		}
		Matcher m = Pattern.compile("^[ \\t]*rule\\s+\"" + Pattern.quote(name) + "\"", Pattern.MULTILINE).matcher(text);
		return m.find() ? DrlSource.lineOf(text, m.start()) : 0;
	}

}

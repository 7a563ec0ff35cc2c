package cn.yeji.hazard.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.Fact;
import cn.yeji.hazard.facts.FactPaths;
import cn.yeji.hazard.facts.Parameter;
import cn.yeji.hazard.facts.Unknown;

/**
 * Reads back, from the facts of one finished evaluation, what each rule id's conditions name: run only when
 * an explanation is asked for, after the rules have fired, so judging itself is untouched.
 */
final class Readings {

	private Readings() {
	}

	private static final java.util.Comparator<Evidence> BY_PATH = java.util.Comparator.comparing(Evidence::path, FactPaths.ORDER);

	/** A derived fact's key for citing it: its {@code path} or {@code ruleId} component, looked up once per type. */
	private static final ClassValue<PatternRead.Chain> KEY = new ClassValue<>() {
		@Override
		protected PatternRead.Chain computeValue(Class<?> type) {
			return RuleReads.chain("path", type).or(() -> RuleReads.chain("ruleId", type)).orElse(null);
		}
	};

	/** Working memory by exact class: every pattern type is a record of the fact model, and records are final. */
	static Map<Class<?>, List<Object>> byClass(Collection<?> objects) {
		Map<Class<?>, List<Object>> byClass = new HashMap<>();
		for (Object o : objects) {
			byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
		}
		return byClass;
	}

	static RuleReading of(String ruleId, List<PatternRead> patterns, Map<Class<?>, List<Object>> byClass) {
		// deduplicated by hash first, sorted once: several patterns of one clause read the same fields
		Map<String, Evidence> facts = new HashMap<>();
		Set<String> unmet = new LinkedHashSet<>();
		for (PatternRead pattern : patterns) {
			int met = 0;
			for (Object o : byClass.getOrDefault(pattern.type(), List.of())) {
				if (meets(o, pattern.literals())) {
					met++;
					read(o, pattern.fields()).forEach(e -> facts.putIfAbsent(e.path(), e));
				}
			}
			if (met == 0 && pattern.type() != Unknown.class) {
				unmet.add(pattern.text());
			}
		}
		List<Evidence> sorted = new ArrayList<>(facts.values());
		sorted.sort(BY_PATH);
		return new RuleReading(ruleId, List.copyOf(sorted), List.copyOf(unmet));
	}

	private static boolean meets(Object o, List<PatternRead.Literal> literals) {
		for (PatternRead.Literal literal : literals) {
			if (!literal.metBy(o)) {
				return false;
			}
		}
		return true;
	}

	private static List<Evidence> read(Object o, List<PatternRead.Chain> fields) {
		List<Evidence> read = new ArrayList<>(fields.size());
		if (o instanceof Unknown u) {
			// an omitted section: nothing in it was given
			read.add(new Evidence(u.path(), null));
			return read;
		}
		for (PatternRead.Chain field : fields) {
			if (o instanceof Parameter && (field.name().equals("name") || field.name().equals("pack"))) {
				continue;
			}
			Object value = field.valueOf(o);
			if (value == null || isScalar(value)) {
				read.add(new Evidence(path(o, field.name()), value instanceof Enum<?> e ? e.name() : value));
			}
		}
		return read;
	}

	private static boolean isScalar(Object value) {
		return value instanceof String || value instanceof Boolean || value instanceof Number || value instanceof Enum<?>;
	}

	/** A request fact by its path; a parameter by its name; a fact the rules derived by its type and key. */
	private static String path(Object o, String field) {
		if (o instanceof Fact f) {
			return f.at(field);
		}
		if (o instanceof Parameter p) {
			return "parameters." + p.name();
		}
		PatternRead.Chain key = KEY.get(o.getClass());
		Object value = key == null ? null : key.valueOf(o);
		return o.getClass().getSimpleName() + (value == null ? "" : "@" + value) + "." + field;
	}

	/** The patterns of each rule id, from the rules that decide it (findings and missing facts). */
	static Map<String, List<PatternRead>> byRuleId(List<RuleDescriptor> rules, Map<String, List<PatternRead>> reads) {
		Map<String, List<PatternRead>> byRuleId = new LinkedHashMap<>();
		for (RuleDescriptor rule : rules) {
			RuleMeta meta = RuleMeta.of(rule.name(), rule.metadata());
			if (meta.ruleId() == null || !(meta.isFinding() || RuleMeta.UNKNOWN.equals(meta.kind()))) {
				continue;
			}
			byRuleId.computeIfAbsent(meta.ruleId(), k -> new ArrayList<>())
				.addAll(reads.getOrDefault(RuleReads.key(rule.drlPackage(), rule.name()), List.of()));
		}
		byRuleId.replaceAll((k, v) -> List.copyOf(v));
		return byRuleId;
	}

}

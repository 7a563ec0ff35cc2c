package cn.yeji.hazard.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

	static RuleReading of(String ruleId, List<PatternRead> patterns, Collection<?> objects) {
		Map<String, Evidence> facts = new TreeMap<>(FactPaths.ORDER);
		Set<String> unmet = new LinkedHashSet<>();
		for (PatternRead pattern : patterns) {
			int met = 0;
			for (Object o : objects) {
				if (pattern.type().isInstance(o) && meets(o, pattern.literals())) {
					met++;
					read(o, pattern.fields()).forEach(e -> facts.putIfAbsent(e.path(), e));
				}
			}
			if (met == 0 && pattern.type() != Unknown.class) {
				unmet.add(pattern.text());
			}
		}
		return new RuleReading(ruleId, List.copyOf(facts.values()), List.copyOf(unmet));
	}

	private static boolean meets(Object o, Map<String, String> literals) {
		for (Map.Entry<String, String> literal : literals.entrySet()) {
			Object value = value(o, literal.getKey());
			if (value == null || !literal.getValue().equals(String.valueOf(value))) {
				return false;
			}
		}
		return true;
	}

	private static List<Evidence> read(Object o, List<String> fields) {
		List<Evidence> read = new ArrayList<>();
		if (o instanceof Unknown u) {
			// an omitted section: nothing in it was given
			read.add(new Evidence(u.path(), null));
			return read;
		}
		for (String field : fields) {
			if (o instanceof Parameter p && (field.equals("name") || field.equals("pack"))) {
				continue;
			}
			Object value = value(o, field);
			if (value == null || isScalar(value)) {
				read.add(new Evidence(path(o, field), value instanceof Enum<?> e ? e.name() : value));
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
		String key = "";
		for (String k : List.of("path", "ruleId")) {
			if (RuleReads.component(o.getClass(), k) != null && value(o, k) != null) {
				key = "@" + value(o, k);
				break;
			}
		}
		return o.getClass().getSimpleName() + key + "." + field;
	}

	/** The value at a chain of record components; {@code null} when any link is {@code null}. */
	static Object value(Object o, String chain) {
		Object current = o;
		for (String part : chain.split("\\.")) {
			if (current == null) {
				return null;
			}
			RecordComponent component = RuleReads.component(current.getClass(), part);
			if (component == null) {
				return null;
			}
			try {
				current = component.getAccessor().invoke(current);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				return null;
			}
		}
		return current;
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

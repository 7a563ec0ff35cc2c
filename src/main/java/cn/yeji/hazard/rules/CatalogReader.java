package cn.yeji.hazard.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yeji.hazard.engine.RuleProblem;

/** Reads the observation catalog ({@code observation-codes.yaml}). */
final class CatalogReader {

	static final String FILE = "observation-codes.yaml";

	/** The clauses a variant may also count toward: GB 35181's elements. */
	private static final String ELEMENT_PREFIX = "GB35181-";

	private CatalogReader() {
	}

	static List<ObservationCode> read(Path path, String file, List<RuleProblem> problems) {
		if (!Files.isRegularFile(path)) {
			problems.add(new RuleProblem(file, 0, "the observation catalog is missing"));
			return List.of();
		}
		Object yaml = YamlFiles.read(path, file, problems);
		if (yaml == null) {
			return List.of();
		}
		if (!(yaml instanceof List<?> entries)) {
			problems.add(new RuleProblem(file, 1, "expected a list of observation codes"));
			return List.of();
		}
		List<ObservationCode> codes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			ObservationCode code = entry(entries.get(i), file, i + 1, problems);
			if (code != null && !seen.add(code.code())) {
				problems.add(new RuleProblem(file, 0, "entry " + (i + 1) + ": code " + code.code() + " is listed twice"));
			}
			else if (code != null) {
				codes.add(code);
			}
		}
		return resolveAlsoCounts(codes, file, problems);
	}

	/**
	 * A variant's {@code alsoCounts} names a GB 35181 element: the clause of another code of the catalog, whose
	 * {@code crowded} flag it takes, so the subset an element belongs to is written once.
	 */
	private static List<ObservationCode> resolveAlsoCounts(List<ObservationCode> codes, String file,
			List<RuleProblem> problems) {
		Map<String, Boolean> elements = new HashMap<>();
		for (ObservationCode c : codes) {
			if (c.clause().startsWith(ELEMENT_PREFIX)) {
				elements.merge(c.clause(), c.crowded(), (a, b) -> a || b);
			}
		}
		List<ObservationCode> resolved = new ArrayList<>(codes.size());
		for (ObservationCode c : codes) {
			List<ObservationCode.Variant> variants = new ArrayList<>();
			for (ObservationCode.Variant v : c.variants()) {
				if (v.alsoCounts() != null && !elements.containsKey(v.alsoCounts())) {
					problems.add(new RuleProblem(file, 0, "code " + c.code() + ", variant " + v.variant() + ": alsoCounts "
							+ v.alsoCounts() + " is not the clause of any " + ELEMENT_PREFIX + "* code of the catalog"));
				}
				variants.add(new ObservationCode.Variant(v.variant(), v.title(), v.alsoCounts(),
						v.alsoCounts() != null && Boolean.TRUE.equals(elements.get(v.alsoCounts()))));
			}
			resolved.add(new ObservationCode(c.code(), c.title(), c.description(), c.clause(), c.crowded(), c.ratio(),
					c.group(), variants));
		}
		return List.copyOf(resolved);
	}

	private static ObservationCode entry(Object value, String file, int index, List<RuleProblem> problems) {
		if (!(value instanceof Map<?, ?> map)) {
			problems.add(new RuleProblem(file, 0, "entry " + index + " is not a mapping"));
			return null;
		}
		String code = text(map.get("code"));
		String clause = text(map.get("clause"));
		String title = text(map.get("title"));
		String where = "entry " + index + (code == null ? "" : " (" + code + ")") + ": ";
		int before = problems.size();
		if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
			problems.add(new RuleProblem(file, 0, where + "code must be UPPER_SNAKE_CASE"));
		}
		if (clause == null) {
			problems.add(new RuleProblem(file, 0, where + "clause (the rule id it feeds) is required"));
		}
		if (title == null) {
			problems.add(new RuleProblem(file, 0, where + "title is required"));
		}
		if (problems.size() != before) {
			return null;
		}
		List<ObservationCode.Variant> variants = variants(map.get("variants"), file, where, problems);
		if (problems.size() != before) {
			return null;
		}
		String group = text(map.get("group"));
		return new ObservationCode(code, title, text(map.get("description")), clause, flag(map.get("crowded")),
				flag(map.get("ratio")), group == null ? ObservationCode.OTHER : group, variants);
	}

	/** {@code variants:} a list of {@code variant} (UPPER_SNAKE_CASE), {@code title} and optional {@code alsoCounts}. */
	private static List<ObservationCode.Variant> variants(Object value, String file, String where,
			List<RuleProblem> problems) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			problems.add(new RuleProblem(file, 0, where + "variants must be a non-empty list"));
			return List.of();
		}
		List<ObservationCode.Variant> variants = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String at = where + "variant " + (i + 1) + ": ";
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				problems.add(new RuleProblem(file, 0, at + "must be a mapping of variant, title and alsoCounts"));
				continue;
			}
			String name = text(map.get("variant"));
			String title = text(map.get("title"));
			String also = text(map.get("alsoCounts"));
			if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
				problems.add(new RuleProblem(file, 0, at + "variant must be UPPER_SNAKE_CASE"));
			}
			else if (!seen.add(name)) {
				problems.add(new RuleProblem(file, 0, at + name + " is listed twice"));
			}
			if (title == null) {
				problems.add(new RuleProblem(file, 0, at + "title is required"));
			}
			variants.add(new ObservationCode.Variant(name, title, also, false));
		}
		return variants;
	}

	private static String text(Object value) {
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

	private static boolean flag(Object value) {
		return Boolean.TRUE.equals(value);
	}

}

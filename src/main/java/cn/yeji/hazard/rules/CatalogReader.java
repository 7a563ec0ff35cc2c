package cn.yeji.hazard.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yeji.hazard.engine.RuleProblem;

/** Reads the observation catalog ({@code observation-codes.yaml}). */
final class CatalogReader {

	static final String FILE = "observation-codes.yaml";

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
		return List.copyOf(codes);
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
		String group = text(map.get("group"));
		return new ObservationCode(code, title, text(map.get("description")), clause, flag(map.get("crowded")),
				flag(map.get("ratio")), group == null ? ObservationCode.OTHER : group);
	}

	private static String text(Object value) {
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

	private static boolean flag(Object value) {
		return Boolean.TRUE.equals(value);
	}

}

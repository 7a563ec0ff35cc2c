package cn.yeji.hazard.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yeji.hazard.engine.RuleProblem;

/** Reads {@code townships.yaml}: the district's name, region code and townships. */
final class DistrictReader {

	static final String FILE = "townships.yaml";

	private DistrictReader() {
	}

	/** The district, or {@code null} when the folder has no list (then every township is accepted). */
	static District read(Path dir, List<RuleProblem> problems) {
		Path path = dir.resolve(FILE);
		if (!Files.isRegularFile(path)) {
			return null;
		}
		Map<String, Object> yaml = YamlFiles.readMap(path, FILE, problems);
		if (yaml == null) {
			return null;
		}
		int before = problems.size();
		String name = text(yaml.get("district"));
		String code = text(yaml.get("regionCode"));
		if (name == null) {
			problems.add(new RuleProblem(FILE, 0, "district (the district's name) is required"));
		}
		if (code == null || !code.matches("\\d{6}")) {
			problems.add(new RuleProblem(FILE, 0, "regionCode must be the district's six-digit code, quoted, e.g. \"341504\""));
		}
		List<String> townships = new ArrayList<>();
		if (!(yaml.get("townships") instanceof List<?> list) || list.isEmpty()) {
			problems.add(new RuleProblem(FILE, 0, "townships must be a list of at least one township name"));
		}
		else {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < list.size(); i++) {
				String t = text(list.get(i));
				if (t == null) {
					problems.add(new RuleProblem(FILE, 0, "townships entry " + (i + 1) + " must be a name"));
				}
				else if (!seen.add(t)) {
					problems.add(new RuleProblem(FILE, 0, "township " + t + " is listed twice"));
				}
				else {
					townships.add(t);
				}
			}
		}
		Set<String> known = Set.of("district", "regionCode", "townships");
		yaml.keySet().stream().filter(k -> !known.contains(k))
			.forEach(k -> problems.add(new RuleProblem(FILE, 0, "unknown key " + k + " (expected district, regionCode, townships)")));
		return problems.size() > before ? null : new District(name, code, townships);
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

}

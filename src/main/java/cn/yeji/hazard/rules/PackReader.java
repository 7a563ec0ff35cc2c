package cn.yeji.hazard.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.facts.FacilityKind;

/** Reads a pack descriptor ({@code pack.yaml}). */
final class PackReader {

	static final String FILE = "pack.yaml";

	private PackReader() {
	}

	/** The pack, or {@code null} with the problems added. */
	static RulePack read(Path descriptor, String folderName, List<RuleProblem> problems) {
		String file = folderName + "/" + FILE;
		Map<String, Object> yaml = YamlFiles.readMap(descriptor, file, problems);
		if (yaml == null) {
			return null;
		}
		String id = string(yaml, "id");
		String name = string(yaml, "name");
		String jurisdiction = string(yaml, "jurisdiction");
		String prefix = string(yaml, "rulePrefix");
		String drlPackage = string(yaml, "package");
		String purpose = yaml.containsKey("purpose") ? string(yaml, "purpose") : RulePack.DETERMINATION;
		int before = problems.size();
		List<FacilityKind> kinds = facilityKinds(yaml.get("facilityKinds"), file, problems);
		require(id != null && id.equals(folderName), file, "id must equal the folder name " + folderName, problems);
		require(name != null && !name.isBlank(), file, "name is required", problems);
		require(jurisdiction != null && jurisdiction.matches("\\d{0,6}"), file,
				"jurisdiction must be a region-code prefix of 0 to 6 digits (\"\" for national packs)", problems);
		require(prefix != null && !prefix.isBlank(), file, "rulePrefix is required, e.g. YJ-", problems);
		require(drlPackage != null && drlPackage.matches("[a-z][\\w]*(\\.[a-z][\\w]*)*"), file,
				"package must be a DRL package name, e.g. rules.yeji", problems);
		require(RulePack.DETERMINATION.equals(purpose) || RulePack.COMPLIANCE.equals(purpose), file,
				"purpose must be determination (the default) or compliance", problems);
		return problems.size() == before ? new RulePack(id, name, jurisdiction, prefix, drlPackage, purpose, kinds)
				: null;
	}

	/** {@code facilityKinds: [INSTITUTION]}: the kinds the pack judges; absent means every kind. */
	private static List<FacilityKind> facilityKinds(Object value, String file, List<RuleProblem> problems) {
		if (value == null) {
			return List.of();
		}
		String allowed = Arrays.stream(FacilityKind.values()).map(Enum::name).collect(Collectors.joining(", "));
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			problems.add(new RuleProblem(file, 0, "facilityKinds must be a non-empty list of " + allowed
					+ " (leave it out for a pack that applies to every kind)"));
			return List.of();
		}
		List<FacilityKind> kinds = new ArrayList<>();
		for (Object item : list) {
			String kind = String.valueOf(item);
			if (Arrays.stream(FacilityKind.values()).noneMatch(k -> k.name().equals(kind))) {
				problems.add(new RuleProblem(file, 0, "facilityKinds: " + kind + " is not one of " + allowed));
			}
			else if (!kinds.contains(FacilityKind.valueOf(kind))) {
				kinds.add(FacilityKind.valueOf(kind));
			}
		}
		return kinds;
	}

	private static String string(Map<String, Object> yaml, String key) {
		Object value = yaml.get(key);
		return value == null ? null : String.valueOf(value);
	}

	private static void require(boolean ok, String file, String message, List<RuleProblem> problems) {
		if (!ok) {
			problems.add(new RuleProblem(file, 0, message));
		}
	}

}

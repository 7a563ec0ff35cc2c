package cn.yeji.hazard.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

	private static final String REFERENCE = "REFERENCE";

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
		RulePack.Validity validity = validity(yaml, file, problems);
		RulePack.Issued issued = issued(yaml.get("issued"), file, problems);
		List<RulePack.NotEncoded> notEncoded = notEncoded(yaml.get("notEncoded"), file, problems);
		return problems.size() == before ? new RulePack(id, name, jurisdiction, prefix, drlPackage, purpose, kinds,
				validity, issued, notEncoded) : null;
	}

	/** {@code effectiveFrom}, {@code effectiveTo}, {@code afterExpiry: REFERENCE} and {@code supersededBy}. */
	private static RulePack.Validity validity(Map<String, Object> yaml, String file, List<RuleProblem> problems) {
		LocalDate from = date(yaml.get("effectiveFrom"), file, "effectiveFrom", problems);
		LocalDate to = date(yaml.get("effectiveTo"), file, "effectiveTo", problems);
		require(from == null || to == null || !from.isAfter(to), file,
				"effectiveFrom " + from + " is after effectiveTo " + to + ": the pack would apply on no date", problems);
		Object afterExpiry = yaml.get("afterExpiry");
		require(afterExpiry == null || REFERENCE.equals(String.valueOf(afterExpiry)), file,
				"afterExpiry must be REFERENCE (leave it out for a pack that stops applying after effectiveTo), not "
						+ afterExpiry, problems);
		boolean reference = REFERENCE.equals(String.valueOf(afterExpiry));
		require(!reference || yaml.get("effectiveTo") != null, file,
				"afterExpiry: REFERENCE needs effectiveTo, the last day the text was in force", problems);
		String supersededBy = string(yaml, "supersededBy");
		require(!reference || (supersededBy != null && !supersededBy.isBlank()), file,
				"afterExpiry: REFERENCE needs supersededBy, the text that replaced it (findings cite it), e.g. "
						+ "\"GB 35181-2025《重大火灾隐患判定规则》（2025-11-01 起实施）\"", problems);
		return new RulePack.Validity(from, to, reference, supersededBy);
	}

	/** {@code issued: {number: 叶民〔2026〕12号, date: 2026-03-01}}: a local guideline without it is a draft. */
	private static RulePack.Issued issued(Object value, String file, List<RuleProblem> problems) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map) || map.get("number") == null
				|| String.valueOf(map.get("number")).isBlank() || map.get("date") == null) {
			problems.add(new RuleProblem(file, 0, "issued must give the document number and date, e.g. "
					+ "issued: {number: 叶民〔2026〕12号, date: 2026-03-01} (leave it out while the guideline is a draft)"));
			return null;
		}
		LocalDate date = date(map.get("date"), file, "issued.date", problems);
		return date == null ? null : new RulePack.Issued(String.valueOf(map.get("number")), date);
	}

	/** {@code notEncoded: [{document, clause, note, effectiveFrom?}]}: articles no rule checks. */
	private static List<RulePack.NotEncoded> notEncoded(Object value, String file, List<RuleProblem> problems) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			problems.add(new RuleProblem(file, 0, "notEncoded must be a list of {document, clause, note}"));
			return List.of();
		}
		List<RulePack.NotEncoded> entries = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String key = "notEncoded[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> item)) {
				problems.add(new RuleProblem(file, 0, key + " must be a mapping with document, clause and note"));
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> entry = (Map<String, Object>) item;
			String document = string(entry, "document");
			String clause = string(entry, "clause");
			String note = string(entry, "note");
			boolean complete = document != null && !document.isBlank() && clause != null && !clause.isBlank()
					&& note != null && !note.isBlank();
			require(complete, file, key + " needs document, clause and note (the note describes; it never quotes the text)",
					problems);
			LocalDate from = date(entry.get("effectiveFrom"), file, key + ".effectiveFrom", problems);
			if (complete) {
				entries.add(new RulePack.NotEncoded(document, clause, note, from));
			}
		}
		return entries;
	}

	/** A strict ISO date ({@link YamlFiles} leaves YAML timestamps as text), or {@code null} when absent or bad. */
	private static LocalDate date(Object value, String file, String key, List<RuleProblem> problems) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			problems.add(new RuleProblem(file, 0, key + " must be an ISO date (yyyy-MM-dd), e.g. 2023-11-27, not " + value));
			return null;
		}
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

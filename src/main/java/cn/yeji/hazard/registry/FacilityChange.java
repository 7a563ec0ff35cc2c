package cn.yeji.hazard.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One change to a facility's record: who made it (the signed-in account), through what ({@code API},
 * {@code CONSOLE}, {@code IMPORT}) and each fact before and after.
 */
public record FacilityChange(OffsetDateTime at, String actor, String source, List<Field> changes) {

	/** A fact that changed; {@code null} before or after means not on file. */
	public record Field(String field, String before, String after) {
	}

	/** What differs between two records' facts, in the order the facts are listed. */
	static List<Field> between(FacilityRecord before, FacilityRecord after) {
		Map<String, String> old = before == null ? Map.of() : before.facts();
		Map<String, String> now = after.facts();
		Set<String> fields = new LinkedHashSet<>(now.keySet());
		fields.addAll(old.keySet());
		List<Field> changes = new ArrayList<>();
		for (String f : fields) {
			if (!Objects.equals(old.get(f), now.get(f))) {
				changes.add(new Field(f, old.get(f), now.get(f)));
			}
		}
		return changes;
	}

}

package cn.yeji.hazard.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * An observation that counts as one of some elements, or as none, depending on facts nobody gave: a ratio
 * with no value (its clause or nothing), a ratio between two thresholds in a building of unknown height (its
 * clause or nothing), a code whose variant was not chosen (the element of each variant).
 *
 * @param options the elements it may count as
 * @param orNone whether it may also count as no element at all
 * @param missingPaths the facts that decide it
 * @param corrected 当场改正: it may be a general hazard of its clause, never part of a count
 */
public record PossibleElement(String code, String path, List<ElementOption> options, boolean orNone,
		List<String> missingPaths, boolean corrected) {

	public PossibleElement {
		options = List.copyOf(options);
		missingPaths = List.copyOf(missingPaths);
	}

	/** An observation that is an element of its own clause or none, depending on the facts at {@code missingPaths}. */
	public static PossibleElement of(Observation o, String... missingPaths) {
		return of(o, List.of(missingPaths));
	}

	/** An observation that is an element of its own clause or none, depending on the facts at {@code missingPaths}. */
	public static PossibleElement of(Observation o, List<String> missingPaths) {
		return new PossibleElement(o.code(), o.path(), List.of(new ElementOption(o.clause(), o.crowded())), true,
				missingPaths, o.correctableOnSpot());
	}

	/** An observation whose variant was not chosen: the element of each variant, or none where a variant has none. */
	public static PossibleElement ofVariants(Observation o) {
		List<ElementOption> options = new ArrayList<>();
		boolean orNone = false;
		for (ElementOption option : o.variantOptions()) {
			if (option.clause() == null) {
				orNone = true;
			}
			else if (!options.contains(option)) {
				options.add(option);
			}
		}
		return new PossibleElement(o.code(), o.path(), options, orNone, List.of(o.at("variant")), o.correctableOnSpot());
	}

	/**
	 * A ratio observation between two thresholds with no {@code buildingId}: the closed buildings list did not
	 * decide it. It needs the building it is in (when more than one is listed) and the unknown height or
	 * underground flags of the buildings that could not answer.
	 *
	 * @param undergroundCounts whether an underground building takes the lower threshold (signs: yes; stair doors: no)
	 */
	public static PossibleElement ofUnlocatedRatio(Observation o, List<?> buildings, boolean undergroundCounts) {
		List<String> missing = new ArrayList<>();
		if (buildings.size() > 1) {
			missing.add(o.at("buildingId"));
		}
		for (Object item : buildings) {
			if (item instanceof Building b && !Boolean.TRUE.equals(b.highRise())
					&& !(undergroundCounts && Boolean.TRUE.equals(b.underground()))) {
				if (b.highRise() == null) {
					missing.add(b.at("highRise"));
				}
				if (undergroundCounts && b.underground() == null) {
					missing.add(b.at("underground"));
				}
			}
		}
		return of(o, missing);
	}

	/** The element clauses it may count as. */
	public List<String> clauses() {
		return options.stream().map(ElementOption::clause).toList();
	}

}

package cn.yeji.hazard.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Distinct elements of GB 35181's comprehensive method, counted once per code: three blocked exits are
 * one element. Counts of possible elements cover only codes not already known to count, so a
 * combined clause can tell "decided" from "depends on a missing fact".
 *
 * @param crowded one element per distinct crowded-place code that counts
 * @param all one element per distinct code that counts
 * @param crowdedCount distinct crowded-place codes that count
 * @param anyCount distinct codes that count
 * @param possibleCrowdedCount distinct crowded-place codes that might count
 * @param possibleAnyCount distinct codes that might count
 * @param possibleCrowdedPaths the facts that decide the possible crowded-place elements
 * @param possibleAnyPaths the facts that decide all possible elements
 */
public record ElementTally(List<Element> crowded, List<Element> all, int crowdedCount, int anyCount,
		int possibleCrowdedCount, int possibleAnyCount, List<String> possibleCrowdedPaths,
		List<String> possibleAnyPaths) {

	/** Tallies what the classification rules found. */
	public static ElementTally of(Collection<Element> known, Collection<PossibleElement> possible) {
		Map<String, Element> all = firstPerCode(known);
		List<Element> crowded = all.values().stream().filter(Element::crowded).toList();
		List<PossibleElement> open = possible.stream().filter(p -> !all.containsKey(p.code())).toList();
		List<PossibleElement> openCrowded = open.stream().filter(PossibleElement::crowded).toList();
		return new ElementTally(crowded, List.copyOf(all.values()), crowded.size(), all.size(),
				distinctCodes(openCrowded), distinctCodes(open), paths(openCrowded), paths(open));
	}

	private static Map<String, Element> firstPerCode(Collection<Element> known) {
		List<Element> sorted = new ArrayList<>(known);
		sorted.sort((a, b) -> comparePaths(a.path(), b.path()));
		Map<String, Element> byCode = new LinkedHashMap<>();
		sorted.forEach(e -> byCode.putIfAbsent(e.code(), e));
		return byCode;
	}

	private static int distinctCodes(List<PossibleElement> possible) {
		return (int) possible.stream().map(PossibleElement::code).distinct().count();
	}

	private static List<String> paths(List<PossibleElement> possible) {
		TreeSet<String> paths = new TreeSet<>(ElementTally::comparePaths);
		possible.forEach(p -> paths.addAll(p.missingPaths()));
		return List.copyOf(paths);
	}

	/** Orders {@code observations[2]} before {@code observations[10]}. */
	static int comparePaths(String a, String b) {
		return FactPaths.ORDER.compare(a, b);
	}

}

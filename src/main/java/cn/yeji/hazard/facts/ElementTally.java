package cn.yeji.hazard.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Distinct elements of GB 35181's comprehensive method, counted once per element clause: three blocked exits
 * are one element, and so are a hydrant shut off and a hydrant without water (contract §5.3, v1.1 §7 item 6).
 * Elements corrected on the spot never count (§7 item 5). Observations whose element depends on facts nobody
 * gave are counted both ways: {@code crowdedCount}/{@code anyCount} are the least any answer to the missing facts
 * gives, {@code maxCrowdedCount}/{@code maxAnyCount} the most, so a combined clause can tell "decided" (the least
 * already reaches the threshold, or the most does not) from "depends on a missing fact". Every count between the
 * two is reachable: changing one answer at a time moves the count by at most one.
 *
 * @param crowded one counting element per distinct crowded-place clause that surely counts
 * @param all one counting element per distinct clause that surely counts
 * @param forced observations that surely count as some element not among {@code all}, though which one is open
 * @param crowdedCount the least number of distinct crowded-place elements
 * @param anyCount the least number of distinct elements
 * @param maxCrowdedCount the most distinct crowded-place elements the missing facts could give
 * @param maxAnyCount the most distinct elements the missing facts could give
 * @param possibleCrowdedPaths the facts that decide the open crowded-place elements
 * @param possibleAnyPaths the facts that decide all open elements
 */
public record ElementTally(List<Element> crowded, List<Element> all, List<PossibleElement> forced, int crowdedCount,
		int anyCount, int maxCrowdedCount, int maxAnyCount, List<String> possibleCrowdedPaths,
		List<String> possibleAnyPaths) {

	/** Tallies what the classification rules found; corrected elements are left out. */
	public static ElementTally of(Collection<?> known, Collection<?> possible) {
		Map<String, Element> byClause = firstPerClause(known);
		Map<String, Boolean> crowdedClause = new HashMap<>();
		byClause.values().forEach(e -> crowdedClause.put(e.clause(), e.crowded()));
		List<PossibleElement> open = new ArrayList<>();
		for (Object item : possible) {
			if (item instanceof PossibleElement p && !p.corrected()
					&& p.options().stream().anyMatch(o -> !byClause.containsKey(o.clause()))) {
				open.add(p);
				p.options().forEach(o -> crowdedClause.put(o.clause(), o.crowded()));
			}
		}
		List<Element> all = List.copyOf(byClause.values());
		List<Element> crowded = all.stream().filter(Element::crowded).toList();
		// Every set of further clauses the open observations can add, one answer per observation at a time.
		Set<Set<String>> outcomes = new HashSet<>();
		outcomes.add(Set.of());
		for (PossibleElement p : open) {
			Set<Set<String>> next = new HashSet<>();
			for (Set<String> outcome : outcomes) {
				if (p.orNone()) {
					next.add(outcome);
				}
				for (ElementOption option : p.options()) {
					Set<String> grown = new TreeSet<>(outcome);
					if (!byClause.containsKey(option.clause())) {
						grown.add(option.clause());
					}
					next.add(Set.copyOf(grown));
				}
			}
			outcomes = next;
		}
		int minAny = Integer.MAX_VALUE;
		int maxAny = 0;
		int minCrowded = Integer.MAX_VALUE;
		int maxCrowded = 0;
		for (Set<String> outcome : outcomes) {
			int c = (int) outcome.stream().filter(crowdedClause::get).count();
			minAny = Math.min(minAny, outcome.size());
			maxAny = Math.max(maxAny, outcome.size());
			minCrowded = Math.min(minCrowded, c);
			maxCrowded = Math.max(maxCrowded, c);
		}
		List<PossibleElement> forced = open.stream().filter(p -> !p.orNone()).toList();
		List<PossibleElement> openCrowded = open.stream()
			.filter(p -> p.options().stream().anyMatch(o -> o.crowded() && !byClause.containsKey(o.clause())))
			.toList();
		return new ElementTally(crowded, all, minAny > 0 ? forced : List.of(), crowded.size() + minCrowded,
				all.size() + minAny, crowded.size() + maxCrowded, all.size() + maxAny, paths(openCrowded), paths(open));
	}

	/** What a finding about the crowded-place count cites: each counted element's observation. */
	public List<Evidence> crowdedEvidence() {
		return evidence(crowded, forced.stream().filter(p -> p.options().stream().allMatch(ElementOption::crowded)).toList());
	}

	/** What a finding about the count of every element cites: each counted element's observation. */
	public List<Evidence> anyEvidence() {
		return evidence(all, forced);
	}

	private static List<Evidence> evidence(List<Element> elements, List<PossibleElement> forced) {
		List<Evidence> evidence = new ArrayList<>();
		for (Element e : elements) {
			evidence.add(new Evidence(e.path() + ".code", e.code()));
			if (e.variant() != null) {
				evidence.add(new Evidence(e.path() + ".variant", e.variant()));
			}
		}
		for (PossibleElement p : forced) {
			evidence.add(new Evidence(p.path() + ".code", p.code()));
		}
		return evidence;
	}

	private static Map<String, Element> firstPerClause(Collection<?> known) {
		List<Element> sorted = new ArrayList<>();
		for (Object item : known) {
			if (item instanceof Element e && !e.corrected()) {
				sorted.add(e);
			}
		}
		sorted.sort((a, b) -> comparePaths(a.path(), b.path()));
		Map<String, Element> byClause = new LinkedHashMap<>();
		sorted.forEach(e -> byClause.putIfAbsent(e.clause(), e));
		return byClause;
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

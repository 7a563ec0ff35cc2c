package cn.yeji.hazard.rules;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yeji.hazard.engine.CompiledRules;
import cn.yeji.hazard.engine.Outcome;

/**
 * A loaded, checked and compiled rules folder: immutable, so a request that started on it finishes on
 * it even if another rule set is swapped in meanwhile.
 */
public final class Ruleset {

	private final String version;

	private final Instant loadedAt;

	private final List<RulePack> packs;

	private final Map<String, ObservationCode> catalog;

	private final CompiledRules compiled;

	private final List<RuleInfo> rules;

	Ruleset(String version, Instant loadedAt, List<RulePack> packs, List<ObservationCode> catalog,
			CompiledRules compiled, List<RuleInfo> rules) {
		this.version = version;
		this.loadedAt = loadedAt;
		this.packs = List.copyOf(packs);
		this.catalog = catalog.stream()
			.collect(Collectors.toMap(ObservationCode::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.compiled = compiled;
		this.rules = rules;
	}

	/** Judges the facts under the packs that apply to the region code. */
	public Outcome evaluate(Collection<?> facts, String regionCode) {
		Set<String> drlPackages = packs.stream()
			.filter(p -> p.appliesTo(regionCode))
			.map(RulePack::drlPackage)
			.collect(Collectors.toSet());
		return compiled.evaluate(facts, drlPackages);
	}

	public Optional<ObservationCode> observationCode(String code) {
		return Optional.ofNullable(catalog.get(code));
	}

	public List<ObservationCode> observationCodes() {
		return List.copyOf(catalog.values());
	}

	/** The finding rules, ordered by pack and rule id. */
	public List<RuleInfo> rules() {
		return rules;
	}

	public List<RulePack> packs() {
		return packs;
	}

	public String version() {
		return version;
	}

	public Instant loadedAt() {
		return loadedAt;
	}

}

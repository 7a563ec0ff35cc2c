package cn.yeji.hazard.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yeji.hazard.engine.CompiledRules;
import cn.yeji.hazard.engine.Explained;
import cn.yeji.hazard.engine.Outcome;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.Parameter;

/**
 * A loaded, checked and compiled rules folder: immutable, so a request that started on it finishes on
 * it even if another rule set is swapped in meanwhile.
 */
public final class Ruleset {

	private final String version;

	private final Instant loadedAt;

	private final List<RulePack> packs;

	private final Map<String, ObservationCode> catalog;

	private final List<Parameter> parameters;

	private final CompiledRules compiled;

	private final List<RuleInfo> rules;

	private final List<RuleInfo> complianceRules;

	private final District district;

	Ruleset(String version, Instant loadedAt, List<RulePack> packs, List<ObservationCode> catalog,
			List<Parameter> parameters, CompiledRules compiled, List<RuleInfo> rules, District district) {
		this.district = district;
		this.parameters = List.copyOf(parameters);
		this.version = version;
		this.loadedAt = loadedAt;
		this.packs = List.copyOf(packs);
		this.catalog = catalog.stream()
			.collect(Collectors.toMap(ObservationCode::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.compiled = compiled;
		Set<String> compliancePacks = packs.stream().filter(RulePack::isCompliance).map(RulePack::id).collect(Collectors.toSet());
		this.rules = rules.stream().filter(r -> !compliancePacks.contains(r.pack())).toList();
		this.complianceRules = rules.stream().filter(r -> compliancePacks.contains(r.pack())).toList();
	}

	/** Judges the facts under the packs that apply to the region code, for a 养老机构. */
	public Outcome evaluate(Collection<?> facts, String regionCode) {
		return evaluate(facts, regionCode, FacilityKind.INSTITUTION);
	}

	/** Judges the facts under the packs that apply to the region code and to the facility's kind. */
	public Outcome evaluate(Collection<?> facts, String regionCode, FacilityKind kind) {
		return evaluateWithParameters(facts, drlPackages(applicablePacks(regionCode, kind)));
	}

	/** Judges as {@link #evaluate(Collection, String, FacilityKind)} does, and reads back what each rule id looked at. */
	public Explained explain(Collection<?> facts, String regionCode, FacilityKind kind) {
		return compiled.explain(withParameters(facts), drlPackages(applicablePacks(regionCode, kind)));
	}

	/** The determination packs that judge a facility of this kind in this region, in folder order. */
	public List<RulePack> applicablePacks(String regionCode, FacilityKind kind) {
		return applicability(regionCode, kind).stream().filter(PackApplicability::applies).map(PackApplicability::pack).toList();
	}

	/** Every determination pack, in folder order, with why it does not judge this request when it does not. */
	public List<PackApplicability> applicability(String regionCode, FacilityKind kind) {
		return packs.stream().filter(p -> !p.isCompliance()).map(p -> new PackApplicability(p, reason(p, regionCode, kind))).toList();
	}

	private static PackApplicability.Reason reason(RulePack pack, String regionCode, FacilityKind kind) {
		if (!pack.appliesTo(regionCode)) {
			return PackApplicability.Reason.JURISDICTION;
		}
		if (!pack.appliesTo(kind)) {
			return PackApplicability.Reason.FACILITY_KIND;
		}
		return null;
	}

	private static Set<String> drlPackages(List<RulePack> packs) {
		return packs.stream().map(RulePack::drlPackage).collect(Collectors.toSet());
	}

	/** Judges cadence facts (institutions, townships, activities, ended periods) under the compliance packs. */
	public Outcome judgeCompliance(Collection<?> facts) {
		Set<String> drlPackages = packs.stream().filter(RulePack::isCompliance).map(RulePack::drlPackage).collect(Collectors.toSet());
		return evaluateWithParameters(facts, drlPackages);
	}

	private Outcome evaluateWithParameters(Collection<?> facts, Set<String> drlPackages) {
		return compiled.evaluate(withParameters(facts), drlPackages);
	}

	private List<Object> withParameters(Collection<?> facts) {
		List<Object> withParameters = new ArrayList<>(facts.size() + parameters.size());
		withParameters.addAll(facts);
		withParameters.addAll(parameters);
		return withParameters;
	}

	/** The cadence rules of the compliance packs, ordered by rule id. */
	public List<RuleInfo> complianceRules() {
		return complianceRules;
	}

	public Optional<ObservationCode> observationCode(String code) {
		return Optional.ofNullable(catalog.get(code));
	}

	public List<ObservationCode> observationCodes() {
		return List.copyOf(catalog.values());
	}

	/** The finding rules of the determination packs, ordered by pack and rule id. */
	public List<RuleInfo> rules() {
		return rules;
	}

	/** The tunable numbers of every pack, as rules read them. */
	public List<Parameter> parameters() {
		return parameters;
	}

	public List<RulePack> packs() {
		return packs;
	}

	/** The district and its townships, when the folder lists them ({@code townships.yaml}). */
	public Optional<District> district() {
		return Optional.ofNullable(district);
	}

	public String version() {
		return version;
	}

	public Instant loadedAt() {
		return loadedAt;
	}

}

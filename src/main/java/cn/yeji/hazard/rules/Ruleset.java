package cn.yeji.hazard.rules;

import java.time.Instant;
import java.time.LocalDate;
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

	private final Map<String, String> packByRule;

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
		this.packByRule = rules.stream().collect(Collectors.toMap(RuleInfo::ruleId, RuleInfo::pack, (a, b) -> a));
	}

	/** The id of the pack whose rules conclude this clause, e.g. {@code gb35181-2017} for GB35181-C4. */
	public Optional<String> packOf(String ruleId) {
		return Optional.ofNullable(packByRule.get(ruleId));
	}

	/**
	 * Judges the facts under the packs that apply to the region code, the facility's kind and the reference date
	 * (see {@link #applicability}).
	 */
	public Outcome evaluate(Collection<?> facts, String regionCode, FacilityKind kind, LocalDate referenceDate) {
		return evaluate(facts, applicability(regionCode, kind, referenceDate));
	}

	/** Judges the facts under the packs of an {@link #applicability} answer that apply. */
	public Outcome evaluate(Collection<?> facts, List<PackApplicability> applicability) {
		return evaluateWithParameters(facts, drlPackages(applying(applicability)));
	}

	/** Judges as {@link #evaluate(Collection, List)} does, and reads back what each rule id looked at. */
	public Explained explain(Collection<?> facts, List<PackApplicability> applicability) {
		return compiled.explain(withParameters(facts), drlPackages(applying(applicability)));
	}

	private static List<RulePack> applying(List<PackApplicability> applicability) {
		return applicability.stream().filter(PackApplicability::applies).map(PackApplicability::pack).toList();
	}

	/**
	 * How every determination pack stands for a facility of this kind in this region on the reference date, in
	 * folder order: IN_FORCE, REFERENCE (past its window, {@code afterExpiry: REFERENCE}), DRAFT (a local guideline not
	 * issued) or NOT_APPLICABLE with the reason (jurisdiction, facility kind, date window).
	 */
	public List<PackApplicability> applicability(String regionCode, FacilityKind kind, LocalDate referenceDate) {
		return packs.stream().filter(p -> !p.isCompliance())
			.map(p -> Applicability.of(p, regionCode, kind, referenceDate))
			.toList();
	}

	/** The determination packs that judge a facility of this kind in this region on that date, in folder order. */
	public List<RulePack> applicablePacks(String regionCode, FacilityKind kind, LocalDate referenceDate) {
		return applicability(regionCode, kind, referenceDate).stream()
			.filter(PackApplicability::applies)
			.map(PackApplicability::pack)
			.toList();
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

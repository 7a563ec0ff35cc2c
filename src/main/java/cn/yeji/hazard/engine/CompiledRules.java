package cn.yeji.hazard.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import cn.yeji.hazard.facts.Escalation;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.facts.Shortfall;

/**
 * A compiled, immutable rule base. Safe to share between threads: each evaluation opens its own session
 * and disposes it.
 */
public final class CompiledRules {

	/** A guard against rules that re-trigger each other forever. */
	static final int MAX_FIRINGS = 10_000;

	private final KieBaseSessions sessions;

	private final List<RuleDescriptor> rules;

	/** Per DRL package, per rule id, the patterns its conditions read (for explanations only). */
	private final Map<String, Map<String, List<PatternRead>>> reads;

	CompiledRules(KieBase kieBase, List<RuleDescriptor> rules, Map<String, List<PatternRead>> reads) {
		this.sessions = new KieBaseSessions(kieBase);
		this.rules = rules;
		Map<String, List<RuleDescriptor>> byPackage = new HashMap<>();
		rules.forEach(r -> byPackage.computeIfAbsent(r.drlPackage(), k -> new java.util.ArrayList<>()).add(r));
		Map<String, Map<String, List<PatternRead>>> byPackageAndRuleId = new HashMap<>();
		byPackage.forEach((pkg, list) -> byPackageAndRuleId.put(pkg, Readings.byRuleId(list, reads)));
		this.reads = Map.copyOf(byPackageAndRuleId);
	}

	/** Every compiled rule, ordered by file and name. */
	public List<RuleDescriptor> rules() {
		return rules;
	}

	/**
	 * Inserts the facts, fires the rules of the given DRL packages only, and collects the conclusions.
	 * @throws RuleLoopException when the rules keep firing past {@value #MAX_FIRINGS} times
	 */
	public Outcome evaluate(Collection<?> facts, Set<String> drlPackages) {
		return run(facts, drlPackages, CompiledRules::collect);
	}

	/**
	 * Evaluates exactly as {@link #evaluate} does, then, before the session is let go, reads back for every rule
	 * id of the given packages that concluded neither a finding nor missing facts the facts its conditions name
	 * (see {@link RuleReads}). Nothing listens while the rules fire: the extra work is all after it.
	 */
	public Explained explain(Collection<?> facts, Set<String> drlPackages) {
		return run(facts, drlPackages, session -> {
			Outcome outcome = collect(session);
			// a clause with a finding cites its evidence, one with missing facts the facts; only the rest are read back
			Set<String> decided = new java.util.HashSet<>();
			outcome.findings().forEach(f -> decided.add(f.ruleId()));
			outcome.missing().forEach(m -> decided.add(m.ruleId()));
			Map<Class<?>, List<Object>> objects = Readings.byClass(session.getObjects());
			Map<String, RuleReading> readings = new LinkedHashMap<>();
			for (String pkg : drlPackages) {
				reads.getOrDefault(pkg, Map.of()).forEach((ruleId, patterns) -> {
					if (!decided.contains(ruleId)) {
						readings.put(ruleId, Readings.of(ruleId, patterns, objects));
					}
				});
			}
			return new Explained(outcome, readings);
		});
	}

	private <T> T run(Collection<?> facts, Set<String> drlPackages, Function<KieSession, T> collect) {
		// Drools initialises some classes (MVEL's JIT executor) on the first thread that needs them, through
		// the context class loader; on a thread that cannot see the application's jars that fails for good.
		Thread thread = Thread.currentThread();
		ClassLoader callers = thread.getContextClassLoader();
		thread.setContextClassLoader(CompiledRules.class.getClassLoader());
		KieSession session = sessions.open();
		try {
			facts.forEach(session::insert);
			int fired = session.fireAllRules(match -> drlPackages.contains(match.getRule().getPackageName()),
					MAX_FIRINGS);
			if (fired >= MAX_FIRINGS) {
				throw new RuleLoopException(MAX_FIRINGS);
			}
			return collect.apply(session);
		}
		finally {
			// back to the pool, reset; a pooled session must never carry facts into the next request
			session.dispose();
			thread.setContextClassLoader(callers);
		}
	}

	private static Outcome collect(KieSession session) {
		List<Finding> findings = new ArrayList<>();
		List<Missing> missing = new ArrayList<>();
		List<Escalation> escalations = new ArrayList<>();
		List<Shortfall> shortfalls = new ArrayList<>();
		for (Object o : session.getObjects()) {
			if (o instanceof Finding f) {
				findings.add(f);
			}
			else if (o instanceof Missing m) {
				missing.add(m);
			}
			else if (o instanceof Escalation e) {
				escalations.add(e);
			}
			else if (o instanceof Shortfall s) {
				shortfalls.add(s);
			}
		}
		return new Outcome(findings, missing, escalations, shortfalls);
	}

}

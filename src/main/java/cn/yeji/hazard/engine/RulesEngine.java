package cn.yeji.hazard.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles DRL sources into an immutable {@link CompiledRules}. Nothing else in the service imports KIE;
 * a failed build throws with every problem located in the author's file and line.
 */
public final class RulesEngine {

	/** Each build gets its own release id: KIE caches modules by id. */
	private static final AtomicLong BUILDS = new AtomicLong();

	/** Rules compile and run against this loader: the fact model, value types and the engine, nothing else. */
	private static final ClassLoader RULE_CLASSES = new RuleClassLoader(RulesEngine.class.getClassLoader());

	private RulesEngine() {
	}

	/**
	 * Checks every source against the {@link RuleSandbox}, then compiles them together into one rule base.
	 * Nothing is compiled (and so nothing in a rule file runs) while any source is refused.
	 * @throws RuleCompilationException when any source is refused or does not compile, naming each file and line
	 */
	public static CompiledRules compile(List<DrlSource> sources) {
		List<RuleProblem> refused = new ArrayList<>();
		sources.forEach(source -> RuleSandbox.check(source)
			.forEach(p -> refused.add(OfficerMessages.explain(p, source.text()))));
		if (!refused.isEmpty()) {
			refused.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
			throw new RuleCompilationException(refused);
		}
		return compileChecked(sources);
	}

	/** Compiles sources the sandbox has passed; package-private so a test can prove the class-loader wall alone. */
	static CompiledRules compileChecked(List<DrlSource> sources) {
		Thread thread = Thread.currentThread();
		ClassLoader callers = thread.getContextClassLoader();
		thread.setContextClassLoader(RulesEngine.class.getClassLoader());
		try {
			return build(sources);
		}
		finally {
			thread.setContextClassLoader(callers);
		}
	}

	private static CompiledRules build(List<DrlSource> sources) {
		KieServices ks = KieServices.get();
		ReleaseId releaseId = ks.newReleaseId("cn.yeji.hazard.rules", "ruleset", "1.0." + BUILDS.incrementAndGet());
		KieFileSystem kfs = ks.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		Map<String, String> authorFileByKiePath = new HashMap<>();
		for (DrlSource source : sources) {
			String kiePath = kiePath(source, authorFileByKiePath.size());
			authorFileByKiePath.put(kiePath, source.file());
			kfs.write("src/main/resources/" + kiePath, source.text());
		}
		KieBuilder builder = ks.newKieBuilder(kfs, RULE_CLASSES).buildAll();
		try {
			List<RuleProblem> problems = problems(builder, authorFileByKiePath, sources);
			if (!problems.isEmpty()) {
				throw new RuleCompilationException(problems);
			}
			KieBase kieBase = ks.newKieContainer(releaseId, RULE_CLASSES).getKieBase();
			return new CompiledRules(kieBase, describe(kieBase, authorFileByKiePath), RuleReads.of(sources));
		}
		finally {
			// The KieBase keeps working without its module; dropping it frees the build for the GC.
			ks.getRepository().removeKieModule(releaseId);
		}
	}

	/** Files go under the folder of their DRL package, as KIE expects, with a unique name each. */
	private static String kiePath(DrlSource source, int index) {
		String folder = DrlSource.packageOf(source.text()).map(p -> p.name().replace('.', '/') + "/").orElse("");
		String name = source.file().replaceAll("[^A-Za-z0-9._-]", "_");
		return folder + index + "_" + name;
	}

	private static List<RuleProblem> problems(KieBuilder builder, Map<String, String> authorFileByKiePath,
			List<DrlSource> sources) {
		Map<String, String> textByFile = new HashMap<>();
		sources.forEach(s -> textByFile.put(s.file(), s.text()));
		List<RuleProblem> problems = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			String file = authorFile(message.getPath(), authorFileByKiePath);
			RuleProblem problem = new RuleProblem(file, Math.max(message.getLine(), 0), message.getText().strip());
			problems.add(OfficerMessages.explain(problem, textByFile.get(file)));
		}
		// A parse error also yields a line-less "Parser returned a null Package" for its file: noise to an officer.
		problems.removeIf(p -> p.line() == 0
				&& problems.stream().anyMatch(other -> other.file().equals(p.file()) && other.line() > 0));
		problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
		return problems;
	}

	private static String authorFile(String kiePath, Map<String, String> authorFileByKiePath) {
		if (kiePath == null) {
			return "(rules)";
		}
		String trimmed = kiePath.replaceFirst("^src/main/resources/", "");
		return authorFileByKiePath.getOrDefault(trimmed, kiePath);
	}

	private static List<RuleDescriptor> describe(KieBase kieBase, Map<String, String> authorFileByKiePath) {
		List<RuleDescriptor> rules = new ArrayList<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				Map<String, String> metadata = metadata(rule);
				rules.add(new RuleDescriptor(rule.getName(), rule.getPackageName(), fileOf(rule, authorFileByKiePath),
						metadata));
				// Parsed once here rather than at every firing: a consequence reads it back in Conclude.
				if (rule instanceof RuleImpl impl) {
					impl.addMetaAttribute(RuleMeta.PARSED, RuleMeta.of(rule.getName(), metadata));
				}
			}
		}
		rules.sort(Comparator.comparing(RuleDescriptor::file).thenComparing(RuleDescriptor::name));
		return List.copyOf(rules);
	}

	private static String fileOf(Rule rule, Map<String, String> authorFileByKiePath) {
		if (rule instanceof RuleImpl impl && impl.getResource() != null) {
			return authorFile(impl.getResource().getSourcePath(), authorFileByKiePath);
		}
		return "(unknown)";
	}

	static Map<String, String> metadata(Rule rule) {
		Map<String, String> metadata = new LinkedHashMap<>();
		rule.getMetaData().forEach((key, value) -> {
			if (!RuleMeta.PARSED.equals(key)) {
				metadata.put(key, unquote(String.valueOf(value)));
			}
		});
		return metadata;
	}

	/** The classic and executable engines disagree on whether metadata keeps its quotes. */
	private static String unquote(String value) {
		String v = value.strip();
		if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
			return v.substring(1, v.length() - 1);
		}
		return v;
	}

}

package cn.yeji.hazard.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.yeji.hazard.engine.CompiledRules;
import cn.yeji.hazard.engine.DrlPackage;
import cn.yeji.hazard.engine.DrlSource;
import cn.yeji.hazard.engine.RuleCompilationException;
import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.engine.RulesEngine;
import cn.yeji.hazard.facts.Parameter;

/**
 * Reads a rules folder: one sub-folder per pack (with {@code pack.yaml} and its DRL files) and the
 * observation catalog {@code observation-codes.yaml}. Every problem found is reported at once with its
 * file and line; nothing half-loaded is ever returned.
 */
public final class RulesFolder {

	static final String CATALOG = CatalogReader.FILE;

	static final String DESCRIPTOR = PackReader.FILE;

	private RulesFolder() {
	}

	/**
	 * Loads, checks and compiles the folder.
	 * @throws InvalidRulesException naming every problem with its file and line
	 */
	public static Ruleset load(Path dir, Clock clock) {
		if (!Files.isDirectory(dir)) {
			throw new InvalidRulesException(
					List.of(new RuleProblem(dir.toString(), 0, "rules folder not found: " + dir.toAbsolutePath())));
		}
		List<RuleProblem> problems = new ArrayList<>();
		List<ObservationCode> catalog = CatalogReader.read(dir.resolve(CATALOG), CATALOG, problems);
		Set<String> catalogCodes = catalog.stream().map(ObservationCode::code).collect(Collectors.toSet());
		District district = DistrictReader.read(dir, problems);
		List<PackFiles> packs = readPacks(dir, problems);
		List<Parameter> parameters = parameters(packs, problems);
		Set<String> parameterNames = parameters.stream().map(Parameter::name).collect(Collectors.toSet());
		for (PackFiles pack : packs) {
			pack.sources().forEach(s -> DrlLint.check(s.file(), s.text(), catalogCodes, parameterNames, problems));
		}
		// Compile even when the lint found problems: the officer gets every problem in one pass.
		CompiledRules compiled = compile(packs, problems);
		List<RuleInfo> rules = compiled == null ? List.of() : RuleChecks.check(compiled, packs, catalog, problems);
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
			throw new InvalidRulesException(problems);
		}
		return new Ruleset(RulesVersion.of(dir), clock.instant(), packs.stream().map(PackFiles::pack).toList(),
				catalog, parameters, compiled, rules, district);
	}

	/** The content hash {@link #load} would give the folder, without compiling it. */
	public static String version(Path dir) {
		return RulesVersion.of(dir);
	}

	private static CompiledRules compile(List<PackFiles> packs, List<RuleProblem> problems) {
		List<DrlSource> sources = packs.stream().flatMap(p -> p.sources().stream()).toList();
		if (sources.isEmpty()) {
			return null;
		}
		try {
			return RulesEngine.compile(sources);
		}
		catch (RuleCompilationException ex) {
			problems.addAll(ex.problems());
			return null;
		}
	}

	/** Every pack's parameters; a name is global, so two packs may not define the same one. */
	private static List<Parameter> parameters(List<PackFiles> packs, List<RuleProblem> problems) {
		List<Parameter> all = new ArrayList<>();
		Map<String, String> packByName = new java.util.HashMap<>();
		for (PackFiles pack : packs) {
			for (Parameter p : pack.parameters()) {
				String other = packByName.putIfAbsent(p.name(), p.pack());
				if (other != null) {
					problems.add(new RuleProblem(p.pack() + "/" + ParametersReader.FILE, 0,
							"parameter " + p.name() + " is already defined in " + other + "/" + ParametersReader.FILE));
				}
				else {
					all.add(p);
				}
			}
		}
		return List.copyOf(all);
	}

	private static List<PackFiles> readPacks(Path dir, List<RuleProblem> problems) {
		List<PackFiles> packs = new ArrayList<>();
		for (Path folder : list(dir)) {
			if (!Files.isDirectory(folder) || folder.getFileName().toString().startsWith(".")) {
				continue;
			}
			Path descriptor = folder.resolve(DESCRIPTOR);
			String folderName = folder.getFileName().toString();
			if (!Files.isRegularFile(descriptor)) {
				problems.add(new RuleProblem(folderName, 0, "pack folder has no " + DESCRIPTOR));
				continue;
			}
			RulePack pack = PackReader.read(descriptor, folderName, problems);
			if (pack != null) {
				packs.add(new PackFiles(pack, sources(dir, folder, pack, problems),
						ParametersReader.read(folder, pack, problems)));
			}
		}
		return packs;
	}

	private static List<DrlSource> sources(Path dir, Path folder, RulePack pack, List<RuleProblem> problems) {
		List<DrlSource> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
				String name = dir.relativize(file).toString().replace('\\', '/');
				String text = Files.readString(file, StandardCharsets.UTF_8);
				checkPackage(name, text, pack, problems);
				sources.add(new DrlSource(name, text));
			}
		}
		catch (IOException ex) {
			problems.add(new RuleProblem(pack.id(), 0, "cannot read: " + ex.getMessage()));
		}
		if (sources.isEmpty()) {
			problems.add(new RuleProblem(pack.id() + "/" + DESCRIPTOR, 0, "pack has no .drl file"));
		}
		return sources;
	}

	private static void checkPackage(String file, String text, RulePack pack, List<RuleProblem> problems) {
		Optional<DrlPackage> declared = DrlSource.packageOf(text);
		if (declared.isEmpty()) {
			problems.add(new RuleProblem(file, 1, "no package declaration; the pack declares package " + pack.drlPackage()));
		}
		else if (!declared.get().name().equals(pack.drlPackage())) {
			problems.add(new RuleProblem(file, declared.get().line(), "package " + declared.get().name()
					+ " differs from the pack's package " + pack.drlPackage() + " (" + pack.id() + "/" + DESCRIPTOR + ")"));
		}
	}

	private static List<Path> list(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

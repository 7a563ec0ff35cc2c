package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;

/** Boundaries that keep the rules engine replaceable, officers' DRL free of generated types, and packages on their floors. */
class ArchitectureTest {

	private static final Path MAIN = TestRules.projectDir().resolve("src/main/java/cn/yeji/hazard");

	@Test
	void only_the_engine_package_imports_kie_or_drools() throws IOException {
		assertThat(sourcesImporting("import org.kie", "import org.drools"))
			.allMatch(p -> p.startsWith(MAIN.resolve("engine")));
	}

	@Test
	void the_fact_model_knows_nothing_of_generated_api_types_or_spring() throws IOException {
		assertThat(sourcesImporting("import cn.yeji.hazard.api", "import org.springframework"))
			.noneMatch(p -> p.startsWith(MAIN.resolve("facts")) || p.startsWith(MAIN.resolve("engine")));
	}

	@Test
	void no_rule_file_reaches_generated_api_types() throws IOException {
		try (Stream<Path> files = Files.walk(TestRules.rulesDir())) {
			assertThat(files.filter(f -> f.toString().endsWith(".drl")).toList())
				.allSatisfy(f -> assertThat(Files.readString(f)).doesNotContain("cn.yeji.hazard.api"));
		}
	}

	/**
	 * Package floors, lowest first: a package imports only the floors below it. facts and system are the shared
	 * kernel; engine touches Drools; rules turns a folder into a rule set; the judges and cross-cutting
	 * services; the golden cases and the console's plumbing (list queries, forms, the choices every page offers);
	 * the registry (which gathers an institution's page from the features through {@code FacilitySection}) and
	 * the reminders; then the features, each above what it
	 * builds on: an inspection opens hazard entries, completes a planned task and re-judges on a stored rule
	 * set; a revision's review replays the recorded inspections; the command line runs the reviews' checks.
	 */
	static final List<Set<String>> FLOORS = List.of(Set.of("facts", "system"), Set.of("engine"), Set.of("rules"),
			Set.of("determination", "compliance", "export", "security"),
			Set.of("cases", "console", "idempotency"), Set.of("registry", "notifications"),
			Set.of("lifecycle", "planning", "activities", "hazards"),
			Set.of("inspections", "complaints", "cadence", "stats"), Set.of("governance"), Set.of("commandline", "bench"));

	@Test
	void every_package_imports_only_from_the_floors_below_it() throws IOException {
		List<String> upward = new ArrayList<>();
		for (int floor = 0; floor < FLOORS.size(); floor++) {
			for (String pkg : FLOORS.get(floor)) {
				for (String used : importedPackages(pkg)) {
					int usedFloor = floorOf(used);
					if (!used.equals(pkg) && usedFloor >= floor) {
						upward.add(pkg + " -> " + used);
					}
				}
			}
		}
		assertThat(upward).isEmpty();
	}

	@Test
	void every_package_has_a_floor() throws IOException {
		try (Stream<Path> dirs = Files.list(MAIN)) {
			assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
				.allSatisfy(pkg -> assertThat(floorOf(pkg)).as(pkg).isNotNegative());
		}
	}

	@Test
	void only_security_reads_who_is_signed_in_the_features_are_handed_a_caller() throws IOException {
		assertThat(sourcesImporting("import org.springframework.security.core.context.SecurityContextHolder"))
			.allMatch(p -> p.startsWith(MAIN.resolve("security")));
	}

	@Test
	void the_golden_cases_know_nothing_of_the_ledger() throws IOException {
		assertThat(importedPackages("cases")).doesNotContain("hazards", "inspections", "lifecycle", "stats", "security");
	}

	@Test
	void the_rules_package_knows_nothing_of_http() throws IOException {
		assertThat(sourcesImporting("import org.springframework.web", "import org.springframework.http",
				"import jakarta.servlet", "import cn.yeji.hazard.api"))
			.noneMatch(p -> p.startsWith(MAIN.resolve("rules")));
	}

	@Test
	void no_package_holds_more_than_twelve_percent_of_the_main_code() throws IOException {
		Map<String, Long> lines = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
				Path rel = MAIN.relativize(f);
				if (rel.getNameCount() > 1) {
					lines.merge(rel.getName(0).toString(), read(f).lines().count(), Long::sum);
				}
			}
		}
		long total = lines.values().stream().mapToLong(Long::longValue).sum();
		assertThat(lines).allSatisfy((pkg, n) -> assertThat(100.0 * n / total)
			.as("%s holds %d of %d lines: a package past 12 %% is two features", pkg, n, total)
			.isLessThanOrEqualTo(12.0));
	}

	@Test
	void the_architecture_document_draws_the_floors_this_test_enforces() throws IOException {
		String doc = Files.readString(TestRules.projectDir().resolve("docs/architecture.md"));
		String expected = floorsTable();
		int start = doc.indexOf(FLOORS_START);
		int end = doc.indexOf(FLOORS_END);
		assertThat(start).as("docs/architecture.md has the markers %s … %s", FLOORS_START, FLOORS_END).isNotNegative();
		assertThat(doc.substring(start + FLOORS_START.length(), end).strip())
			.as("docs/architecture.md's floors, generated from ArchitectureTest.FLOORS and each package-info.java:%n%s",
					expected)
			.isEqualTo(expected);
	}

	private static final String FLOORS_START = "<!-- floors: generated by ArchitectureTest -->";

	private static final String FLOORS_END = "<!-- /floors -->";

	/** The floors, top first, each package with its package-info sentence, as a Markdown table. */
	static String floorsTable() throws IOException {
		StringBuilder table = new StringBuilder("| floor | package | what it is for |\n|---|---|---|\n");
		for (int floor = FLOORS.size() - 1; floor >= 0; floor--) {
			for (String pkg : new TreeSet<>(FLOORS.get(floor))) {
				table.append("| ").append(floor).append(" | `").append(pkg).append("` | ")
					.append(purpose(MAIN.resolve(pkg).resolve("package-info.java"))).append(" |\n");
			}
		}
		return table.toString().strip();
	}

	private static String purpose(Path packageInfo) throws IOException {
		String javadoc = read(packageInfo);
		javadoc = javadoc.substring(javadoc.indexOf("/**") + 3, javadoc.indexOf("*/"));
		return javadoc.lines()
			.map(l -> l.strip().replaceFirst("^\\*\\s?", ""))
			.filter(l -> !l.isEmpty())
			.collect(Collectors.joining(" "))
			.replaceAll("\\{@code ([^}]+)}", "`$1`")
			.replaceAll("\\{@link (?:[a-z]+\\.)*([^}]+)}", "`$1`")
			.replace("|", "\\|");
	}

	private static int floorOf(String pkg) {
		if (pkg.equals("api")) {
			return 0; // generated contract types, usable wherever HTTP is spoken
		}
		for (int floor = 0; floor < FLOORS.size(); floor++) {
			if (FLOORS.get(floor).contains(pkg)) {
				return floor;
			}
		}
		return -1;
	}

	/** The project packages {@code pkg}'s sources import (first segment under cn.yeji.hazard). */
	private static Set<String> importedPackages(String pkg) throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
			for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
				Matcher m = PROJECT_IMPORT.matcher(read(f));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		return used;
	}

	private static final Pattern PROJECT_IMPORT = Pattern.compile("(?m)^import (?:static )?cn\\.yeji\\.hazard\\.([a-z]+)\\.");

	private static List<Path> sourcesImporting(String... prefixes) throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
				String text = read(f);
				return Stream.of(prefixes).anyMatch(text::contains);
			}).toList();
		}
	}

	private static String read(Path f) {
		try {
			return Files.readString(f);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

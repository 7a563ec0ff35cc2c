package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
	 * Package floors, lowest first: a package imports only its own floor's kernel or floors below it.
	 * facts and system are the shared kernel; engine touches Drools; rules turns a folder into a rule set;
	 * the judges and cross-cutting services; the golden cases, the registry and the notifications (which the
	 * features post to and the scan asks them through); the features users reach, the ledger last because
	 * recording an inspection completes a planned task.
	 */
	private static final List<Set<String>> FLOORS = List.of(Set.of("facts", "system"), Set.of("engine"), Set.of("rules"),
			Set.of("determination", "compliance", "export", "security"), Set.of("cases", "registry", "notifications"),
			Set.of("lifecycle", "stats", "bench", "planning"), Set.of("ledger"));

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
	void the_golden_cases_know_nothing_of_the_ledger() throws IOException {
		assertThat(importedPackages("cases")).doesNotContain("ledger", "lifecycle", "stats", "security");
	}

	@Test
	void the_rules_package_knows_nothing_of_http() throws IOException {
		assertThat(sourcesImporting("import org.springframework.web", "import org.springframework.http",
				"import jakarta.servlet", "import cn.yeji.hazard.api"))
			.noneMatch(p -> p.startsWith(MAIN.resolve("rules")));
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

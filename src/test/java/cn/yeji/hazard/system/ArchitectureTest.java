package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;

/** Boundaries that keep the rules engine replaceable and officers' DRL free of generated types. */
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

package cn.yeji.hazard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;

class AllowedNamesTest {

	@Test
	void every_class_of_the_fact_model_is_allowed_to_rules() throws IOException {
		Path facts = TestRules.projectDir().resolve("src/main/java/cn/yeji/hazard/facts");
		try (Stream<Path> files = Files.list(facts)) {
			// FactPaths orders evidence paths for the verdict; rules never name it.
			assertThat(files.map(f -> f.getFileName().toString().replace(".java", ""))
				.filter(n -> !n.equals("package-info") && !n.equals("FactPaths")))
				.containsExactlyInAnyOrderElementsOf(AllowedNames.FACT_MODEL.stream().map(Class::getSimpleName).toList());
		}
	}

	@Test
	void methods_that_lead_to_classes_or_threads_are_never_allowed() {
		assertThat(AllowedNames.get().method("startsWith")).isTrue();
		assertThat(AllowedNames.get().method("getClass")).isFalse();
		assertThat(AllowedNames.get().method("getDeclaringClass")).isFalse();
		assertThat(AllowedNames.get().method("wait")).isFalse();
		assertThat(AllowedNames.get().property("declaringClass")).isFalse();
		assertThat(AllowedNames.get().type("java.io.File")).isEmpty();
		assertThat(AllowedNames.get().type("java.util.List")).isPresent();
	}

}

package cn.yeji.hazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;

/** docs/rules-catalog.md lists exactly the rules that are loaded; regenerate it with -Dhazard.catalog.write=true. */
class RulesCatalogDocTest {

	@Test
	void the_rules_catalog_in_docs_matches_the_rules_folder() throws IOException {
		Path doc = TestRules.projectDir().resolve("docs/rules-catalog.md");
		String expected = RulesCatalog.markdown(TestRules.shipped());
		if (Boolean.getBoolean("hazard.catalog.write")) {
			Files.createDirectories(doc.getParent());
			Files.writeString(doc, expected, StandardCharsets.UTF_8);
		}

		assertThat(doc).as("docs/rules-catalog.md is out of date: run mvn test -Dtest=RulesCatalogDocTest -Dhazard.catalog.write=true")
			.exists();
		assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(expected);
	}

}

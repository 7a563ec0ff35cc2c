package cn.yeji.hazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;

/**
 * docs/rules-catalog.md lists exactly the rules that are loaded; regenerate it with -Dhazard.catalog.write=true.
 * A hand-written part after {@link RulesCatalog#HAND_WRITTEN} (what changed and why) is kept and not compared.
 */
class RulesCatalogDocTest {

	@Test
	void the_rules_catalog_in_docs_matches_the_rules_folder() throws IOException {
		Path doc = TestRules.projectDir().resolve("docs/rules-catalog.md");
		String expected = RulesCatalog.markdown(TestRules.shipped());
		if (Boolean.getBoolean("hazard.catalog.write")) {
			Files.createDirectories(doc.getParent());
			String handWritten = Files.exists(doc) ? handWritten(Files.readString(doc, StandardCharsets.UTF_8)) : "";
			Files.writeString(doc, expected + handWritten, StandardCharsets.UTF_8);
		}

		assertThat(doc).as("docs/rules-catalog.md is out of date: run mvn test -Dtest=RulesCatalogDocTest -Dhazard.catalog.write=true")
			.exists();
		String text = Files.readString(doc, StandardCharsets.UTF_8);
		assertThat(text.substring(0, text.length() - handWritten(text).length())).isEqualTo(expected);
	}

	/** The hand-written tail (what changed and why), from its marker line to the end; empty when there is none. */
	private static String handWritten(String text) {
		int at = text.indexOf("\n" + RulesCatalog.HAND_WRITTEN);
		return at < 0 ? "" : text.substring(at);
	}

}

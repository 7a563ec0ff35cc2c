package cn.yeji.hazard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.facts.Unknown;

/**
 * A rule file may read facts and insert conclusions, and nothing else. Each technique below once ran code in
 * the service past the old text lint; each must be refused, and refused before anything compiles, so the
 * tripwire (a file written by the payload) must never appear.
 */
class RuleSandboxTest {

	private static final String HEAD = """
			package rules.yeji;

			import cn.yeji.hazard.facts.*;
			import cn.yeji.hazard.engine.Conclude;

			""";

	private static final String RULE = """
			rule "YJ-3.1 测试"
			    @ruleId("YJ-3.1")
			when
			    $u : Unknown(path == "buildings")
			then
			    insert(Conclude.missing(kcontext, "buildings"));
			end
			""";

	@TempDir
	Path tmp;

	@Test
	void every_shipped_rule_file_is_accepted() throws IOException {
		try (Stream<Path> files = Files.walk(TestRules.rulesDir())) {
			List<Path> drl = files.filter(f -> f.toString().endsWith(".drl")).toList();
			assertThat(drl).hasSizeGreaterThan(5);
			for (Path file : drl) {
				assertThat(RuleSandbox.check(new DrlSource(file.toString(), Files.readString(file))))
					.as(file.toString()).isEmpty();
			}
		}
	}

	@Test
	void a_rule_within_the_fact_model_compiles_and_fires() {
		CompiledRules rules = RulesEngine.compile(List.of(new DrlSource("ok.drl", HEAD + RULE)));

		Outcome outcome = rules.evaluate(List.of(new Unknown("buildings")), java.util.Set.of("rules.yeji"));

		assertThat(outcome.missing()).hasSize(1);
	}

	@Test
	void code_past_the_sandbox_still_cannot_name_a_file_or_a_library() {
		for (String call : List.of("new java.io.File(\"" + tripwire() + "\").mkdirs();",
				"org.apache.commons.io.FileUtils.forceMkdir(null);", "Runtime.getRuntime().gc();",
				"org.h2.store.fs.FileUtils.createDirectories(\"" + tripwire() + "\");")) {
			String drl = HEAD + RULE.replace("insert(", call + "\n    insert(");

			assertThatThrownBy(() -> RulesEngine.compileChecked(List.of(new DrlSource("boom.drl", drl))))
				.as(call).isInstanceOf(RuleCompilationException.class);
		}
		assertThat(tmp.resolve("tripwire")).doesNotExist();
	}

	@Nested
	class Refused {

		@Test
		void a_unicode_escape_that_ends_a_comment_inside_a_consequence() {
			String tripwire = tripwire();
			assertRefused(HEAD + RULE.replace("insert(Conclude.missing(kcontext, \"buildings\"));",
					"// 注释 \\u000a new java.io.File(\"" + tripwire + "\").mkdirs();\n    insert(Conclude.missing(kcontext, \"buildings\"));"),
					"unicode escape \\u000a is not allowed");
		}

		@Test
		void a_character_literal_that_confuses_a_string_scanner() {
			assertRefused(HEAD + RULE.replace("insert(Conclude.missing(kcontext, \"buildings\"));",
					"char q = '\"'; new java.io.File(\"" + tripwire() + "\").mkdirs(); char r = '\"';"),
					"java.io.File is outside the fact model");
		}

		@Test
		void an_import_on_the_package_line() {
			assertRefused(HEAD.replace("package rules.yeji;", "package rules.yeji; import java.io.File;")
					+ RULE.replace("insert(", "new File(\"" + tripwire() + "\").mkdirs();\n    insert("),
					"import java.io.File is outside the fact model");
		}

		@Test
		void an_import_after_a_form_feed() {
			assertRefused(HEAD.replace("import cn.yeji.hazard.engine.Conclude;",
					"import cn.yeji.hazard.engine.Conclude;\f import java.nio.file.Files;") + RULE,
					"import java.nio.file.Files is outside the fact model");
		}

		@Test
		void a_fully_qualified_library_class_commons_io() {
			assertRefusedInConsequence("org.apache.commons.io.FileUtils.forceMkdir(new java.io.File(\"" + tripwire() + "\"));",
					"org.apache.commons.io.FileUtils is outside the fact model");
		}

		@Test
		void springs_reflection_utilities() {
			assertRefusedInConsequence("org.springframework.util.ReflectionUtils.findMethod(String.class, \"x\");",
					"org.springframework.util.ReflectionUtils is outside the fact model");
		}

		@Test
		void springs_expression_language() {
			assertRefusedInConsequence("new org.springframework.expression.spel.standard.SpelExpressionParser()"
					+ ".parseExpression(\"T(java.lang.Runtime).getRuntime()\").getValue();",
					"org.springframework.expression.spel.standard.SpelExpressionParser is outside the fact model");
		}

		@Test
		void java_lang_invoke() {
			assertRefusedInConsequence("java.lang.invoke.MethodHandles.lookup();",
					"java.lang.invoke.MethodHandles is outside the fact model");
		}

		@Test
		void the_mvel_api() {
			assertRefusedInConsequence("org.mvel2.MVEL.eval(\"new java.io.File('" + tripwire() + "').mkdirs()\");",
					"org.mvel2.MVEL is outside the fact model");
		}

		@Test
		void h2s_file_utilities() {
			assertRefusedInConsequence("org.h2.store.fs.FileUtils.createDirectories(\"" + tripwire() + "\");",
					"org.h2.store.fs.FileUtils is outside the fact model");
		}

		@Test
		void a_function_block() {
			assertRefused(HEAD + "function void boom() { new java.io.File(\"" + tripwire() + "\").mkdirs(); }\n" + RULE,
					"function is not allowed");
		}

		@Test
		void the_mvel_dialect() {
			assertRefused(HEAD + RULE.replace("when", "    dialect \"mvel\"\nwhen"), "dialect mvel is not allowed");
		}

		@Test
		void a_method_call_in_from() {
			assertRefused(HEAD + RULE.replace("$u : Unknown(path == \"buildings\")",
					"$u : Unknown() from java.util.List.of(new java.io.File(\"" + tripwire() + "\").mkdirs())"),
					"from may only read facts a condition has already bound");
		}

		@Test
		void inline_accumulate_code_in_a_condition() {
			assertRefused(HEAD + RULE.replace("$u : Unknown(path == \"buildings\")",
					"$n : Number() from accumulate(Unknown(); init(int c = 0; new java.io.File(\"" + tripwire()
							+ "\").mkdirs();), action(c++;), result(c))"),
					"inline accumulate code");
		}

		@Test
		void an_expression_in_a_declare_field_default() {
			assertRefused(HEAD + "declare Boom\n    f : boolean = new java.io.File(\"" + tripwire() + "\").mkdirs()\nend\n" + RULE,
					"declare is not allowed");
		}

		@Test
		void a_brace_in_a_consequence_that_opens_a_static_initializer() {
			assertRefusedInConsequence("} static { new java.io.File(\"" + tripwire() + "\").mkdirs(); } void x() {",
					"the consequence is not a plain block of Java statements");
		}

		@Test
		void a_method_call_in_a_constraint() {
			assertRefused(HEAD + RULE.replace("Unknown(path == \"buildings\")",
					"Unknown(path == \"buildings\", new java.io.File(\"" + tripwire() + "\").mkdirs())"),
					"java.io.File is outside the fact model");
		}

		@Test
		void a_metadata_value_that_is_an_expression() {
			assertRefused(HEAD + RULE.replace("@ruleId(\"YJ-3.1\")",
					"@ruleId(\"YJ-3.1\")\n    @x(new java.io.File(\"" + tripwire() + "\").mkdirs())"),
					"@x must hold a quoted text");
		}

		@Test
		void a_salience_expression() {
			assertRefused(HEAD + RULE.replace("when", "    salience (new java.io.File(\"" + tripwire() + "\").mkdirs() ? 1 : 0)\nwhen"),
					"salience must be a whole number");
		}

		@Test
		void a_global_a_query_and_eval() {
			assertRefused(HEAD + "global java.util.List out;\n" + RULE, "global is not allowed");
			assertRefused(HEAD + "query q\n    Unknown()\nend\n" + RULE, "query is not allowed");
			assertRefused(HEAD + RULE.replace("$u : Unknown(path == \"buildings\")", "eval(true)"), "eval runs arbitrary code");
		}

		@Test
		void a_refused_call_is_reported_at_its_own_line() {
			String drl = HEAD + RULE.replace("insert(Conclude.missing(kcontext, \"buildings\"));",
					"insert(Conclude.missing(kcontext, \"buildings\"));\n    System.exit(1);");

			assertThat(RuleSandbox.check(new DrlSource("a.drl", drl)))
				.containsExactly(new RuleProblem("a.drl", 12, "System is not available to rules (no exit, no console, no properties)"));
		}

		@Test
		void the_engine_handed_to_a_consequence() {
			assertRefusedInConsequence("drools.getKieRuntime().halt();", "drools gives a rule the whole engine");
			assertRefusedInConsequence("kcontext.getKieRuntime().halt();", "kcontext may only be handed to Conclude");
		}

		@Test
		void class_literals_lambdas_and_getClass() {
			assertRefusedInConsequence("Object c = String.class;", "Class (String.class) is not allowed in a rule");
			assertRefusedInConsequence("Runnable r = () -> {};", "Runnable is outside the fact model");
			assertRefusedInConsequence("Object c = $u.getClass();", ".getClass(…) is not a method a rule may call");
		}

		@Test
		void changing_facts_instead_of_inserting_conclusions() {
			assertRefusedInConsequence("delete($u);", "delete(…) is not allowed in a rule");
			assertRefusedInConsequence("while (true) { }", "While (while (true) {) is not allowed in a rule");
		}

		private void assertRefusedInConsequence(String code, String message) {
			assertRefused(HEAD + RULE.replace("insert(Conclude.missing(kcontext, \"buildings\"));", code), message);
		}

		private void assertRefused(String drl, String message) {
			List<RuleProblem> problems = RuleSandbox.check(new DrlSource("yeji-341504/boom.drl", drl));

			assertThat(problems).as(drl).anySatisfy(p -> {
				assertThat(p.file()).isEqualTo("yeji-341504/boom.drl");
				assertThat(p.line()).isPositive();
				assertThat(p.message()).contains(message);
			});
			assertThatThrownBy(() -> RulesEngine.compile(List.of(new DrlSource("yeji-341504/boom.drl", drl))))
				.isInstanceOf(RuleCompilationException.class);
			assertThat(tmp.resolve("tripwire")).doesNotExist();
		}

	}

	private String tripwire() {
		return tmp.resolve("tripwire").toString().replace('\\', '/');
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}

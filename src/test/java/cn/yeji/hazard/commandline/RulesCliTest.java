package cn.yeji.hazard.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.cases.ExampleCase;
import cn.yeji.hazard.cases.ExampleCases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class RulesCliTest {

	private static final String BUILDINGS = "yeji-341504/3.1-buildings.drl";

	@TempDir
	Path tmp;

	@Nested
	class Validate {

		@Test
		void the_shipped_rules_are_clean() {
			Run run = cli("rules", "validate", "--rules", TestRules.rulesDir().toString());

			assertThat(run.exit()).isZero();
			assertThat(run.out()).startsWith("OK: ");
		}

		@Test
		void a_syntax_error_is_reported_at_its_file_and_line() throws IOException {
			Path rules = rulesWith(BUILDINGS, "when", "whenn");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.lines()).anyMatch(l -> l.startsWith(rules.resolve(BUILDINGS) + ":" + lineOf(rules, BUILDINGS, "whenn") + ": "));
		}

		@Test
		void an_unknown_field_is_reported_at_its_file_and_line() throws IOException {
			Path rules = rulesWith(BUILDINGS, "elderlyRoomsOnNonCompliantFloor == true", "elderlyRoomsOnWrongFloor == true");

			assertReportedAt(rules, lineOf(rules, BUILDINGS, "elderlyRoomsOnWrongFloor"));
		}

		@Test
		void an_unknown_fact_type_is_reported_at_its_file_and_line() throws IOException {
			Path rules = rulesWith(BUILDINGS, "$b : Building(elderlyRoomsOnNonCompliantFloor == true)",
					"$b : Bulding(elderlyRoomsOnNonCompliantFloor == true)");

			assertReportedAt(rules, lineOf(rules, BUILDINGS, "Bulding("));
		}

		@Test
		void a_bad_consequence_is_reported_at_its_file_and_line() throws IOException {
			Path rules = rulesWith(BUILDINGS, "Conclude.ev($b.at(\"elderlyRoomsOnNonCompliantFloor\"), true)",
					"Conclude.ev($b.nothing(), true)");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.lines()).anyMatch(l -> l.startsWith(rules.resolve(BUILDINGS) + ":") && !l.startsWith(rules.resolve(BUILDINGS) + ":0:"));
		}

		@Test
		void a_forbidden_call_is_reported_at_its_file_and_line() throws IOException {
			Path rules = rulesWith(BUILDINGS, "insert(Conclude.finding(kcontext, Conclude.ev($b.at(\"elderlyRoomsOnNonCompliantFloor\"), true)));",
					"System.exit(1);");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.lines()).contains(rules.resolve(BUILDINGS) + ":" + lineOf(rules, BUILDINGS, "System.exit")
					+ ": System is not available to rules (no exit, no console, no properties)");
		}

		@Test
		void a_forbidden_import_is_reported_at_its_file_and_line() throws IOException {
			Path rules = rulesWith(BUILDINGS, "import cn.yeji.hazard.engine.Conclude;",
					"import cn.yeji.hazard.engine.Conclude;\nimport java.nio.file.Files;");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.lines()).anyMatch(l -> l.startsWith(rules.resolve(BUILDINGS) + ":" + lineOf(rules, BUILDINGS, "java.nio.file.Files")
					+ ": import java.nio.file.Files is outside the fact model"));
		}

		@Test
		void an_unknown_observation_code_is_reported_at_its_file_and_line() throws IOException {
			String file = "yeji-341504/2.2-2.8-on-site-observations.drl";
			Path rules = rulesWith(file, "code == \"ILLEGAL_HOT_WORK\", correctableOnSpot == false",
					"code == \"ILLEGAL_HOTWORK\", correctableOnSpot == false");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.lines()).contains(rules.resolve(file) + ":" + lineOf(rules, file, "ILLEGAL_HOTWORK")
					+ ": observation code ILLEGAL_HOTWORK is not in observation-codes.yaml");
		}

		@Test
		void a_parameter_outside_its_range_is_reported_at_its_line() throws IOException {
			String file = "yeji-341504/parameters.yaml";
			Path rules = rulesWith(file, "drillIntervalMonths:\n  value: 12", "drillIntervalMonths:\n  value: 120");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.lines()).contains(rules.resolve(file) + ":" + lineOf(rules, file, "value: 120")
					+ ": drillIntervalMonths: 120 超出允许范围 1..60（is outside 1..60）");
		}

		@Test
		void a_whole_number_parameter_given_a_fraction_is_reported() throws IOException {
			String file = "gb35181-2017/parameters.yaml";
			Path rules = rulesWith(file, "crowdedElementsForMajor:\n  value: 3", "crowdedElementsForMajor:\n  value: 2.5");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.out()).contains("crowdedElementsForMajor: 2.5 不是整数");
		}

		@Test
		void a_rule_reading_an_undefined_parameter_is_reported_at_its_line() throws IOException {
			String file = "yeji-341504/2.9-2.11-duty-drills-and-training.drl";
			Path rules = rulesWith(file, "Parameter(name == \"drillIntervalMonths\"", "Parameter(name == \"drillMonths\"");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.lines()).contains(rules.resolve(file) + ":" + lineOf(rules, file, "\"drillMonths\"")
					+ ": parameter drillMonths is not defined in any pack's parameters.yaml");
		}

		@Test
		void a_rule_id_used_in_two_files_is_a_duplicate() throws IOException {
			Path rules = rulesWith(BUILDINGS, "@ruleId(\"YJ-3.1\")\n    @level(\"MAJOR\")", "@ruleId(\"YJ-2.9\")\n    @level(\"MAJOR\")");

			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.out()).contains("duplicate rule id YJ-2.9");
		}

		private void assertReportedAt(Path rules, int line) {
			Run run = cli("rules", "validate", "--rules", rules.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.lines()).anyMatch(l -> l.startsWith(rules.resolve(BUILDINGS) + ":" + line + ": "));
		}

	}

	@Nested
	class TestCommandRuns {

		@Test
		void every_shipped_case_passes() {
			Run run = cli("rules", "test", "--rules", TestRules.rulesDir().toString(), "--cases",
					TestRules.examplesDir().toString());

			assertThat(run.exit()).isZero();
			assertThat(run.lines()).last().asString().matches("\\d+ passed, 0 failed");
		}

		@Test
		void a_case_that_does_not_hold_fails_with_what_was_expected_and_what_came() throws IOException {
			Path cases = Files.createDirectories(tmp.resolve("cases"));
			String text = Files.readString(TestRules.examplesDir().resolve("common/clean-facility-no-hazard.json"));
			Files.writeString(cases.resolve("wrong.json"), text.replace("\"verdict\": \"NO_HAZARD\"", "\"verdict\": \"MAJOR_HAZARD\""));
			Files.writeString(cases.resolve("right.json"), text);
			Path junit = tmp.resolve("report/junit.xml");

			Run run = cli("rules", "test", "--rules", TestRules.rulesDir().toString(), "--cases", cases.toString(),
					"--junit", junit.toString());

			assertThat(run.exit()).isEqualTo(1);
			assertThat(run.out()).contains("FAIL wrong.json").contains("verdict: expected MAJOR_HAZARD but was NO_HAZARD");
			assertThat(run.lines()).last().isEqualTo("1 passed, 1 failed");
			assertThat(Files.readString(junit)).contains("tests=\"2\" failures=\"1\"");
		}

	}

	@Nested
	class Diff {

		@Test
		void raising_a_threshold_reports_exactly_the_cases_it_changes() throws IOException {
			// the officer edits a number in parameters.yaml, no DRL
			Path candidate = rulesWith("gb35181-2017/parameters.yaml", "fireDoorsDamagedShare:\n  value: 0.50",
					"fireDoorsDamagedShare:\n  value: 0.60");

			Run run = cli("rules", "diff", "--base", TestRules.rulesDir().toString(), "--candidate", candidate.toString(),
					"--cases", TestRules.examplesDir().toString(), "--format", "json");

			assertThat(run.exit()).isZero();
			JsonNode report = JsonMapper.builder().build().readTree(run.out());
			Set<String> changed = new TreeSet<>();
			report.get("changes").forEach(c -> changed.add(c.get("name").asString()));
			assertThat(changed).isNotEmpty().isEqualTo(casesWithFireDoorRatioIn(0.50, 0.60));
			assertThat(report.get("ruleChanges")).singleElement().satisfies(c -> {
				assertThat(c.get("kind").asString()).isEqualTo("PARAMETER");
				assertThat(c.get("subject").asString()).isEqualTo("fireDoorsDamagedShare");
				assertThat(c.get("before").asString()).isEqualTo("0.5");
				assertThat(c.get("after").asString()).isEqualTo("0.6");
			});
		}

		@Test
		void a_changed_advice_is_reported_though_no_case_verdict_changes() throws IOException {
			// advice text moves no verdict, so only the rule-change table can show it to the approver
			Path candidate = rulesWith("yeji-341504/2.1-fire-control-room.drl",
					"@advice(\"立即安排持证人员实行24小时值班、每班不少于2人；",
					"@advice(\"当日安排持证人员实行24小时值班、每班不少于2人；");

			Run run = cli("rules", "diff", "--base", TestRules.rulesDir().toString(), "--candidate", candidate.toString(),
					"--cases", TestRules.examplesDir().toString());

			assertThat(run.exit()).isZero();
			assertThat(run.out()).contains("## 参数和条文的变化（rule changes）: 1")
				.containsPattern("\\| `YJ-2\\.1` \\| 整改建议 \\| 立即安排持证人员[^|]*\\| [^|]*当日安排持证人员")
				.contains("有变化 changed: 0")
				.doesNotContain("| 参数值 |");
		}

		@Test
		void from_the_ledger_it_replays_the_recorded_inspections_and_names_those_the_revision_changes() throws Exception {
			// given a ledger (the service's own schema) with an inspection at a 0.51 fire-door share, one at 0.50,
			// and one whose stored request today's contract no longer reads
			String url = "jdbc:h2:file:" + tmp.resolve("ledger/hazard-judge");
			Flyway.configure().dataSource(url, "sa", "").load().migrate();
			try (Connection db = DriverManager.getConnection(url, "sa", "")) {
				db.createStatement().execute("INSERT INTO facility (id, name, updated_at) VALUES ('F-1', '测试养老院', CURRENT_TIMESTAMP)");
				record(db, 1, requestOf("gb35181-2017/7.2.2-fire-doors-0.51-counts.json"));
				record(db, 2, requestOf("gb35181-2017/7.2.2-fire-doors-0.50-does-not-count.json"));
				record(db, 3, "{\"facility\": {\"bedcount\": 1}}");
			}
			Path candidate = rulesWith("gb35181-2017/parameters.yaml", "fireDoorsDamagedShare:\n  value: 0.50",
					"fireDoorsDamagedShare:\n  value: 0.60");

			// when
			Run run = cli("rules", "diff", "--base", TestRules.rulesDir().toString(), "--candidate", candidate.toString(),
					"--cases", TestRules.examplesDir().toString(), "--format", "json", "--from-ledger", url);

			// then only the 0.51 inspection changes: it loses GB35181-7.2.2
			assertThat(run.exit()).as(run.err()).isZero();
			JsonNode ledger = JsonMapper.builder().build().readTree(run.out()).get("ledger");
			assertThat(ledger.get("inspections").asInt()).isEqualTo(2);
			assertThat(ledger.get("changes")).singleElement().satisfies(c -> {
				assertThat(c.get("name").asString()).startsWith("ledger/inspection-1 (F-1, ");
				assertThat(c.get("findingsRemoved").toString()).contains("GB35181-7.2.2");
			});
			assertThat(run.err()).contains("skipped a recorded request the contract no longer reads: ledger/inspection-3");
		}

		@Test
		void a_ledger_that_cannot_be_read_is_a_usage_error_naming_it() {
			Run run = cli("rules", "diff", "--base", TestRules.rulesDir().toString(), "--candidate",
					TestRules.rulesDir().toString(), "--cases", TestRules.examplesDir().toString(), "--from-ledger",
					"jdbc:h2:file:" + tmp.resolve("no-ledger/x") + ";IFEXISTS=TRUE");

			assertThat(run.exit()).isEqualTo(2);
			assertThat(run.err()).contains("--from-ledger").contains("cannot read the ledger");
		}

		private static String requestOf(String example) throws IOException {
			JsonNode file = JsonMapper.builder().build().readTree(Files.readString(TestRules.examplesDir().resolve(example)));
			return file.get("request").toString();
		}

		private static void record(Connection db, long id, String requestJson) throws Exception {
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO inspection (id, facility_id, channel, inspector, inspection_date, recorded_at,
					    ruleset_version, verdict, request_json, verdict_json)
					VALUES (?, 'F-1', 'DISTRICT_CHECK', 'insp', DATE '2026-03-02', CURRENT_TIMESTAMP, 'sha256:x', 'NO_HAZARD', ?, '{}')""")) {
				insert.setLong(1, id);
				insert.setString(2, requestJson);
				insert.executeUpdate();
			}
		}

		@Test
		void the_markdown_report_counts_changes() throws IOException {
			Run same = cli("rules", "diff", "--base", TestRules.rulesDir().toString(), "--candidate",
					TestRules.rulesDir().toString(), "--cases", TestRules.examplesDir().toString());

			assertThat(same.exit()).isZero();
			assertThat(same.out()).contains("有变化 changed: 0").contains("No case changes.");
		}

	}

	@Test
	void every_command_has_help_and_a_bad_call_is_a_usage_error() {
		for (String command : List.of("validate", "test", "diff")) {
			Run help = cli("rules", command, "--help");
			assertThat(help.exit()).as(command).isZero();
			assertThat(help.out()).as(command).startsWith("Usage: java -jar hazard-judge.jar rules " + command);
		}
		assertThat(cli("rules", "validate").exit()).isEqualTo(2);
		assertThat(cli("rules", "frobnicate").exit()).isEqualTo(2);
		assertThat(cli("rules", "validate", "--rules", tmp.resolve("none").toString()).err()).contains("is not a folder");
	}

	/** The example cases with a counting fire-door observation whose ratio lies in (low, high]: independent of the rules. */
	public static Set<String> casesWithFireDoorRatioIn(double low, double high) {
		Path dir = TestRules.examplesDir();
		return ExampleCases.list(dir).stream().filter(f -> {
			ExampleCase c = ExampleCases.read(dir, f);
			return !c.isCompliance() && c.request().getObservations() != null && c.request().getObservations().stream()
				.anyMatch(o -> o.getCode().equals("FIRE_DOORS_DAMAGED") && !Boolean.TRUE.equals(o.getCorrectableOnSpot())
						&& o.getRatio() != null && o.getRatio() > low && o.getRatio() <= high);
		}).map(f -> dir.relativize(f).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
	}

	private Path rulesWith(String file, String from, String to) throws IOException {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules-" + System.nanoTime()));
		Path target = rules.resolve(file);
		String text = Files.readString(target);
		assertThat(text).as("fixture text in %s", file).contains(from);
		Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
		return rules;
	}

	private static int lineOf(Path rules, String file, String needle) {
		try {
			List<String> lines = Files.readAllLines(rules.resolve(file));
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(needle)) {
					return i + 1;
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		throw new AssertionError(needle + " not in " + file);
	}

	private static Run cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = RulesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int exit, String out, String err) {

		List<String> lines() {
			return new ArrayList<>(out.lines().toList());
		}

	}

}

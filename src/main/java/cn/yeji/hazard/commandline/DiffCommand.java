package cn.yeji.hazard.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.CaseRunner.CaseFile;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.cases.VerdictDiff;
import cn.yeji.hazard.governance.RevisionImpact;
import cn.yeji.hazard.governance.RuleChanges;
import cn.yeji.hazard.inspections.RecordedInspections;

/** {@code rules diff --base DIR --candidate DIR --cases DIR [--format markdown|json]}: the revision impact report. */
final class DiffCommand extends Command {

	static final String HELP = """
			Usage: java -jar hazard-judge.jar rules diff --base DIR --candidate DIR --cases DIR [--format markdown|json] [--zone ZONE]
			       [--from-ledger JDBC_URL [--ledger-user USER] [--ledger-password PASSWORD]]

			Judges every case under --cases with the rules in --base and in --candidate, and reports each case
			whose verdict, findings, indeterminate clauses or escalations change, with a summary count; before
			that, every parameter, rule and rule text (title, level, mode, basis, advice) the candidate changes.
			--from-ledger also replays the inspections the ledger recorded (newest first, at most 5,000), e.g.
			jdbc:postgresql://127.0.0.1:5432/hazard or jdbc:h2:file:./data/hazard-judge (the embedded ledger can be
			read only while the service is stopped: H2 locks its file). Nothing is written to the ledger.
			This is the impact report an approver reads before a revision goes live. Default format: markdown.
			""";

	DiffCommand(PrintStream out, PrintStream err) {
		super(out, err, HELP);
	}

	@Override
	int execute(CliOptions options) {
		options.allow(Set.of("base", "candidate", "cases", "format", "zone", "from-ledger", "ledger-user", "ledger-password"));
		Clock clock = options.clock();
		Path baseDir = options.folder("base");
		Path candidateDir = options.folder("candidate");
		Path casesDir = options.folder("cases");
		String format = options.get("format", "markdown");
		if (!format.equals("markdown") && !format.equals("json")) {
			throw new CliOptions.UsageException("--format must be markdown or json");
		}
		Ruleset base = load(baseDir, clock);
		Ruleset candidate = load(candidateDir, clock);
		if (base == null || candidate == null) {
			return PROBLEMS;
		}
		List<CaseFile> cases = CaseRunner.read(casesDir);
		err.println("judging " + cases.size() + " cases under both rule sets");
		cases.stream().filter(f -> f.example() == null)
			.forEach(f -> err.println("skipped unreadable case " + f.name() + ": " + f.error()));
		List<VerdictDiff> diffs = RevisionImpact.changes(cases, base, candidate, clock,
				new Progress(err, "cases", cases.size()));
		RevisionImpact.LedgerImpact ledger = options.get("from-ledger", null) == null ? null : ledger(options, base, candidate, clock);
		Report report = new Report(baseDir, base.version(), candidateDir, candidate.version(), cases.size(), diffs,
				RuleChanges.between(base, candidate), ledger);
		out.print(format.equals("json") ? json(report) : markdown(report));
		return OK;
	}

	private RevisionImpact.LedgerImpact ledger(CliOptions options, Ruleset base, Ruleset candidate, Clock clock) {
		String url = options.get("from-ledger", null);
		List<RecordedInspections.Recorded> recorded;
		try (Connection connection = DriverManager.getConnection(url, options.get("ledger-user", "sa"),
				options.get("ledger-password", ""))) {
			connection.setReadOnly(true);
			recorded = RecordedInspections.read(connection, RecordedInspections.LIMIT,
					problem -> err.println("skipped a recorded request the contract no longer reads: " + problem));
		}
		catch (SQLException ex) {
			throw new CliOptions.UsageException("--from-ledger " + url + ": cannot read the ledger's inspections ("
					+ ex.getMessage().lines().findFirst().orElse("") + ")");
		}
		err.println("judging " + recorded.size() + " recorded inspections under both rule sets");
		return RevisionImpact.ledger(recorded, base, candidate, clock, new Progress(err, "inspections", recorded.size()));
	}

	private Ruleset load(Path dir, Clock clock) {
		try {
			return RulesFolder.load(dir, clock);
		}
		catch (InvalidRulesException ex) {
			ex.problems().forEach(p -> out.println(ValidateCommand.located(dir, p)));
			return null;
		}
	}

	static String markdown(Report r) {
		StringBuilder md = new StringBuilder("# 规则修订影响报告（revision impact report）\n\n");
		md.append("- 现行规则 base: `").append(r.baseDir()).append("` (").append(r.baseVersion()).append(")\n");
		md.append("- 修订规则 candidate: `").append(r.candidateDir()).append("` (").append(r.candidateVersion()).append(")\n");
		md.append("- 用例 cases: ").append(r.cases()).append("; 有变化 changed: ").append(r.changes().size())
			.append("; 结论变化 verdict changed: ").append(r.changes().stream().filter(VerdictDiff::verdictChanged).count())
			.append("\n\n");
		ruleChanges(r, md);
		if (r.changes().isEmpty()) {
			md.append("没有用例的判定结果发生变化。No case changes.\n");
		}
		else {
			table(r.changes(), md);
			md.append("\n| 结论变化 | 用例数 |\n|---|---|\n");
			transitions(r.changes()).forEach((t, n) -> md.append("| ").append(t).append(" | ").append(n).append(" |\n"));
		}
		if (r.ledger() != null) {
			ledger(r.ledger(), md);
		}
		return md.toString();
	}

	private static void ledger(RevisionImpact.LedgerImpact ledger, StringBuilder md) {
		md.append("\n## 台账中已记录的检查（from the ledger）: ").append(ledger.inspections()).append(" 次")
			.append(ledger.truncated() ? "（只取最近的 " + RecordedInspections.LIMIT + " 次）" : "")
			.append("; 有变化 changed: ").append(ledger.changes().size()).append("\n\n");
		if (ledger.changes().isEmpty()) {
			md.append("没有已记录检查的判定结果发生变化。No recorded inspection changes.\n");
			return;
		}
		table(ledger.changes(), md);
		md.append("\n| 结论变化 | 检查次数 |\n|---|---|\n");
		transitions(ledger.changes()).forEach((t, n) -> md.append("| ").append(t).append(" | ").append(n).append(" |\n"));
	}

	private static void table(List<VerdictDiff> changes, StringBuilder md) {
		md.append("| 用例 case | 结论 verdict | 新增结论 | 取消结论 | 新增无法判定 | 取消无法判定 | 提级治理 |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (VerdictDiff d : changes) {
			md.append("| `").append(d.name()).append("` | ")
				.append(d.verdictChanged() ? d.baseVerdict() + " → " + d.candidateVerdict() : d.baseVerdict())
				.append(" | ").append(String.join(", ", d.findingsAdded()))
				.append(" | ").append(String.join(", ", d.findingsRemoved()))
				.append(" | ").append(String.join(", ", d.indeterminateAdded()))
				.append(" | ").append(String.join(", ", d.indeterminateRemoved()))
				.append(" | ").append(escalationText(d)).append(" |\n");
		}
	}

	private static void ruleChanges(Report r, StringBuilder md) {
		md.append("## 参数和条文的变化（rule changes）: ").append(r.ruleChanges().size()).append("\n\n");
		if (r.ruleChanges().isEmpty()) {
			md.append("参数、条款及其标题、等级、判定方式、依据和整改建议都没有变化。\n\n");
			return;
		}
		md.append("| 参数或条款 | 项目 | 原文 | 修订后 |\n|---|---|---|---|\n");
		for (RuleChanges.Change c : r.ruleChanges()) {
			md.append("| `").append(c.subject()).append("` | ").append(c.field()).append(" | ")
				.append(cell(c.before())).append(" | ").append(cell(c.after())).append(" |\n");
		}
		md.append("\n## 判定结果的变化（verdict changes）\n\n");
	}

	/** A table cell: absent is a dash, a pipe in a basis or advice must not end the cell. */
	private static String cell(String text) {
		return text == null ? "—" : text.replace("|", "\\|").replace("\n", " ");
	}

	private static String escalationText(VerdictDiff d) {
		List<String> parts = new ArrayList<>();
		d.escalationsAdded().forEach(e -> parts.add("+" + e));
		d.escalationsRemoved().forEach(e -> parts.add("-" + e));
		return String.join(", ", parts);
	}

	private static Map<String, Long> transitions(List<VerdictDiff> changes) {
		Map<String, Long> counts = new TreeMap<>();
		changes.stream().filter(VerdictDiff::verdictChanged)
			.forEach(d -> counts.merge(d.baseVerdict() + " → " + d.candidateVerdict(), 1L, Long::sum));
		return counts;
	}

	static String json(Report r) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("base", Map.of("dir", r.baseDir().toString(), "version", r.baseVersion()));
		doc.put("candidate", Map.of("dir", r.candidateDir().toString(), "version", r.candidateVersion()));
		doc.put("cases", r.cases());
		doc.put("changed", r.changes().size());
		doc.put("verdictChanged", r.changes().stream().filter(VerdictDiff::verdictChanged).count());
		doc.put("ruleChanges", r.ruleChanges());
		doc.put("changes", r.changes());
		if (r.ledger() != null) {
			doc.put("ledger", r.ledger());
		}
		return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(doc) + "\n";
	}

	/** The whole comparison. */
	record Report(Path baseDir, String baseVersion, Path candidateDir, String candidateVersion, int cases,
			List<VerdictDiff> changes, List<RuleChanges.Change> ruleChanges, RevisionImpact.LedgerImpact ledger) {
	}

}

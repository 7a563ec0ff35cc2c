package cn.yeji.hazard.commandline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.CaseRunner.CaseFile;
import cn.yeji.hazard.cases.CaseRunner.CaseResult;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;

/** {@code rules test --rules DIR --cases DIR [--junit FILE] [--zone ZONE]}. */
final class TestCommand extends Command {

	static final String HELP = """
			Usage: java -jar hazard-judge.jar rules test --rules DIR --cases DIR [--junit FILE] [--zone ZONE]

			Judges every case (*.json) under --cases with the rules in --rules and checks what each case
			expects. Prints each failure with what was expected and what came, then "N passed, M failed".
			--junit FILE also writes a JUnit XML report. Cases are read exactly as the service reads a request
			and judged in --zone (default Asia/Shanghai, as hazard.zone). Exit 1 on any failure.
			""";

	TestCommand(PrintStream out, PrintStream err) {
		super(out, err, HELP);
	}

	@Override
	int execute(CliOptions options) {
		options.allow(Set.of("rules", "cases", "junit", "zone"));
		Clock clock = options.clock();
		Path rulesDir = options.folder("rules");
		Path casesDir = options.folder("cases");
		Ruleset ruleset;
		try {
			ruleset = RulesFolder.load(rulesDir, clock);
		}
		catch (InvalidRulesException ex) {
			ex.problems().forEach(p -> out.println(ValidateCommand.located(rulesDir, p)));
			out.println("0 passed, 0 failed (the rules do not load)");
			return PROBLEMS;
		}
		List<CaseFile> cases = CaseRunner.read(casesDir);
		err.println("running " + cases.size() + " cases against " + rulesDir + " (version " + ruleset.version() + ")");
		List<CaseResult> results = new CaseRunner(ruleset, clock).check(cases, new Progress(err, "cases", cases.size()));
		results.stream().filter(r -> !r.passed()).forEach(this::printFailure);
		long failed = results.stream().filter(r -> !r.passed()).count();
		writeJunit(options.get("junit", null), results);
		out.println((results.size() - failed) + " passed, " + failed + " failed");
		return failed == 0 ? OK : PROBLEMS;
	}

	private void printFailure(CaseResult result) {
		out.println("FAIL " + result.name() + (result.description() == null ? "" : "  " + result.description()));
		result.failures().forEach(f -> out.println("  " + f));
	}

	private static void writeJunit(String file, List<CaseResult> results) {
		if (file == null) {
			return;
		}
		try {
			JunitReport.write(Path.of(file), results);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package cn.yeji.hazard.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;

/** {@code rules validate --rules DIR}. */
final class ValidateCommand extends Command {

	static final String HELP = """
			Usage: java -jar hazard-judge.jar rules validate --rules DIR

			Compiles and lints every pack in DIR (pack.yaml, *.drl, observation-codes.yaml).
			Exit 0 when clean; otherwise exit 1 and one line per problem: FILE:LINE: message
			""";

	ValidateCommand(PrintStream out, PrintStream err) {
		super(out, err, HELP);
	}

	@Override
	int execute(CliOptions options) {
		options.allow(Set.of("rules"));
		Path dir = options.folder("rules");
		err.println("validating " + dir + " ...");
		try {
			Ruleset ruleset = RulesFolder.load(dir, options.clock());
			out.println("OK: " + ruleset.rules().size() + " rules in " + ruleset.packs().size() + " packs, version "
					+ ruleset.version());
			return OK;
		}
		catch (InvalidRulesException ex) {
			ex.problems().forEach(p -> out.println(located(dir, p)));
			err.println(ex.problems().size() + " problem(s)");
			return PROBLEMS;
		}
	}

	/** {@code DIR/FILE:LINE: message}, so an editor can jump to it. */
	static String located(Path dir, RuleProblem p) {
		return dir.resolve(p.file()).normalize() + ":" + p.line() + ": " + p.message();
	}

}

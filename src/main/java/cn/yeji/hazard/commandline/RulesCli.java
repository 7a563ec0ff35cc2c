package cn.yeji.hazard.commandline;

import java.io.PrintStream;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar hazard-judge.jar rules validate|test|diff ...}: what an officer runs on a revision
 * before anyone deploys it. No server starts. Exit 0 when all is well, 1 when the revision has problems
 * or failing cases, 2 on a usage error.
 */
public final class RulesCli {

	static final int OK = Command.OK;

	static final int USAGE = Command.USAGE;

	static final String HELP = """
			Usage: java -jar hazard-judge.jar rules <command> [options]

			Commands:
			  validate  compile and lint a rules folder; one line per problem, FILE:LINE: message
			  test      run every example case against a rules folder; ends with "N passed, M failed"
			  diff      judge every case under two rules folders and report the cases whose verdict changes

			Run "rules <command> --help" for a command's options.
			""";

	private RulesCli() {
	}

	/** True when the arguments ask for the command line rather than the server. */
	public static boolean wants(String[] args) {
		return args.length > 0 && args[0].equals("rules");
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		quietLogging();
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		if (rest.length == 0 || rest[0].equals("--help") || rest[0].equals("-h")) {
			out.print(HELP);
			return rest.length == 0 ? USAGE : OK;
		}
		String[] options = Arrays.copyOfRange(rest, 1, rest.length);
		try {
			return switch (rest[0]) {
				case "validate" -> new ValidateCommand(out, err).run(new CliOptions(options));
				case "test" -> new TestCommand(out, err).run(new CliOptions(options));
				case "diff" -> new DiffCommand(out, err).run(new CliOptions(options));
				default -> usage(err, "unknown command: " + rest[0]);
			};
		}
		catch (CliOptions.UsageException ex) {
			return usage(err, ex.getMessage());
		}
	}

	private static int usage(PrintStream err, String message) {
		err.println("error: " + message);
		err.print(HELP);
		return USAGE;
	}

	/** The engine logs to the console at INFO; an officer's terminal should show only our lines. */
	private static void quietLogging() {
		Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		if (root instanceof ch.qos.logback.classic.Logger logback) {
			logback.setLevel(ch.qos.logback.classic.Level.ERROR);
		}
		// It repeats every build error we print ourselves, with file and line.
		if (LoggerFactory.getLogger("org.drools.compiler.kie.builder.impl.KieProject") instanceof ch.qos.logback.classic.Logger kieProject) {
			kieProject.setLevel(ch.qos.logback.classic.Level.OFF);
		}
	}

}

package cn.yeji.hazard.commandline;

import java.io.PrintStream;

/** One {@code rules} sub-command: answers {@code --help} with its usage, otherwise does its work. */
abstract class Command {

	/** All is well. */
	static final int OK = 0;

	/** The revision has problems or failing cases. */
	static final int PROBLEMS = 1;

	/** The command line itself is wrong. */
	static final int USAGE = 2;

	protected final PrintStream out;

	protected final PrintStream err;

	/** The usage text, starting "Usage: java -jar hazard-judge.jar rules ...". */
	private final String help;

	Command(PrintStream out, PrintStream err, String help) {
		this.out = out;
		this.err = err;
		this.help = help;
	}

	abstract int execute(CliOptions options);

	final int run(CliOptions options) {
		if (options.help()) {
			out.print(help);
			return OK;
		}
		return execute(options);
	}

}

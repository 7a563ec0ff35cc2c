package cn.yeji.hazard.commandline;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/** Progress of a long run on stderr, about every tenth of the way, so a terminal shows it is alive. */
final class Progress implements IntConsumer {

	private final PrintStream err;

	private final String what;

	private final int total;

	private final int step;

	private final long start = System.nanoTime();

	Progress(PrintStream err, String what, int total) {
		this.err = err;
		this.what = what;
		this.total = total;
		this.step = Math.max(100, total / 10);
	}

	/** Called from several threads; each count arrives once. */
	@Override
	public void accept(int done) {
		if (done % step == 0 || done == total && total >= step) {
			long ms = (System.nanoTime() - start) / 1_000_000;
			err.printf("%s: %d/%d (%d ms)%n", what, done, total, ms);
		}
	}

}

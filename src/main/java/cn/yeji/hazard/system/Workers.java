package cn.yeji.hazard.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The service's own threads for work spread over the cores (example cases, revision diffs, the early rule
 * load). Not the common fork-join pool: in the packaged jar its threads carry the system class loader, which
 * cannot see the jar's nested libraries, and Drools initialises classes on whichever thread first needs
 * them — once that fails, the class stays broken for the life of the process.
 */
public final class Workers {

	private static final ExecutorService POOL = Executors.newFixedThreadPool(
			Math.max(2, Runtime.getRuntime().availableProcessors()), new AppThreads());

	private Workers() {
	}

	/** Applies {@code fn} to every item on the workers and returns the results in the items' order. */
	public static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
		try {
			return map(items, fn, null);
		}
		catch (TimeoutException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
	}

	/**
	 * As {@link #map(List, Function)}, but gives up when the whole batch has not finished within {@code limit}
	 * (unfinished items are cancelled).
	 * @throws TimeoutException when the batch took longer than {@code limit}
	 */
	public static <T, R> List<R> map(List<T> items, Function<T, R> fn, Duration limit) throws TimeoutException {
		List<Future<R>> futures = new ArrayList<>(items.size());
		for (T item : items) {
			futures.add(POOL.submit(() -> fn.apply(item)));
		}
		long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
		List<R> results = new ArrayList<>(items.size());
		try {
			for (Future<R> f : futures) {
				results.add(limit == null ? f.get() : f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw rethrow(ex.getCause());
		}
		finally {
			futures.forEach(f -> f.cancel(true));
		}
	}

	/** Runs {@code task} on a worker. */
	public static <T> CompletableFuture<T> supply(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, POOL);
	}

	private static RuntimeException rethrow(Throwable cause) {
		if (cause instanceof RuntimeException r) {
			return r;
		}
		if (cause instanceof Error e) {
			throw e;
		}
		return new IllegalStateException(cause);
	}

	/** Daemon threads that see the application's classes, whatever thread first asked for work. */
	private static final class AppThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread t = new Thread(task, "hazard-worker-" + count.incrementAndGet());
			t.setDaemon(true);
			t.setContextClassLoader(Workers.class.getClassLoader());
			return t;
		}

	}

}

package cn.yeji.hazard.lifecycle;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import cn.yeji.hazard.system.HazardSettings;

/**
 * Watches the rules folder and asks for a reload once the files have been quiet for a moment, so an
 * editor's burst of writes (save, rename, backup file) becomes one attempt.
 */
@Component
@ConditionalOnProperty(name = "hazard.rules.watch", havingValue = "true", matchIfMissing = true)
class RulesWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

	private final RulesReloader reloader;

	private final Path rulesDir;

	private final Duration debounce;

	private volatile WatchService watchService;

	private ScheduledExecutorService scheduler;

	private ScheduledFuture<?> pending;

	RulesWatcher(RulesReloader reloader, HazardSettings settings) {
		this.reloader = reloader;
		this.rulesDir = settings.rules().dir();
		this.debounce = settings.rules().debounce();
	}

	@Override
	public void start() {
		try {
			watchService = FileSystems.getDefault().newWatchService();
			registerTree(rulesDir);
		}
		catch (IOException ex) {
			log.warn("cannot watch {}; rules reload only through POST /api/v1/ruleset/reload", rulesDir, ex);
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
		daemon(this::watch, "rules-watcher").start();
		log.info("watching {} for rule changes (debounce {} ms)", rulesDir.toAbsolutePath(), debounce.toMillis());
	}

	@Override
	public void stop() {
		WatchService ws = watchService;
		watchService = null;
		if (ws != null) {
			try {
				ws.close();
			}
			catch (IOException ex) {
				log.debug("closing the watch service", ex);
			}
		}
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return watchService != null;
	}

	private void watch() {
		try {
			while (watchService != null) {
				WatchKey key = watchService.take();
				for (WatchEvent<?> event : key.pollEvents()) {
					if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
							&& key.watchable() instanceof Path parent && Files.isDirectory(parent.resolve(name))) {
						registerTree(parent.resolve(name));
					}
				}
				key.reset();
				scheduleReload();
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.error("the rules watcher stopped; reload through POST /api/v1/ruleset/reload", ex);
		}
	}

	private synchronized void scheduleReload() {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = scheduler.schedule(() -> reloader.reload("file change", null), debounce.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void registerTree(Path dir) throws IOException {
		try (Stream<Path> dirs = Files.walk(dir)) {
			for (Path d : dirs.filter(Files::isDirectory).toList()) {
				d.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread t = new Thread(task, name);
		t.setDaemon(true);
		return t;
	}

}

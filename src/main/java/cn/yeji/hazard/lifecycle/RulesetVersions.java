package cn.yeji.hazard.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.Folders;
import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.NotFoundException;

/**
 * Every rule set that served, kept across restarts: its files, who activated it, when, why and how. Under
 * {@code approval} the database, not the folder, says what serves: an instance starts on the last activated
 * version and takes up an activation made on another within {@code hazard.rules.poll}.
 */
@Service
public class RulesetVersions implements ActivationLog, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RulesetVersions.class);

	private final RulesetArchive archive;

	private final RulesetHolder holder;

	private final HazardSettings settings;

	private final Clock clock;

	private final ObjectProvider<RulesReloader> reloader;

	private ScheduledExecutorService poller;

	RulesetVersions(RulesetArchive archive, RulesetHolder holder, HazardSettings settings, Clock clock,
			ObjectProvider<RulesReloader> reloader) {
		this.archive = archive;
		this.holder = holder;
		this.settings = settings;
		this.clock = clock;
		this.reloader = reloader;
	}

	@Override
	public void activating(Ruleset ruleset, Path dir, String source, String reason, String by) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		archive.store(ruleset.version(), dir, now);
		archive.activated(ruleset.version(), now, by, reason, source);
	}

	public List<RulesetArchive.Activation> history() {
		return archive.activations(200);
	}

	/**
	 * A stored version activated again, through the same checks as a reload. Under {@code watch} its files are
	 * written over the rules folder too, so the folder keeps being what serves.
	 */
	public ReloadAttempt rollback(String version, String reason, String by) {
		return withStored(version, dir -> {
			ReloadAttempt attempt = reloader.getObject().activate(dir, "rollback to " + version, "ROLLBACK", reason, by);
			if (attempt.outcome() == ReloadAttempt.Outcome.ACTIVATED && !settings.rules().approval()) {
				copyOver(dir, settings.rules().dir());
			}
			return attempt;
		}).orElseThrow(() -> new NotFoundException("规则集版本", version));
	}

	/** Writes an activated folder's files over the rules folder (under {@code watch}, the folder is what serves). */
	public static void copyOver(Path activated, Path rulesDir) {
		try {
			Folders.copy(activated, rulesDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rule set a stored version compiles to, or empty when the version is not stored. */
	public Optional<Ruleset> load(String version) {
		return withStored(version, dir -> RulesFolder.load(dir, clock));
	}

	/**
	 * At start: the version serving becomes the first activation when none is kept yet or another was the
	 * last (a folder edited while the service was down); under {@code approval} the last activation serves.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		try {
			Optional<RulesetArchive.Activation> last = archive.latest();
			if (settings.rules().approval() && last.isPresent()) {
				takeUp(last.get());
			}
			else if (last.isEmpty() || !last.get().version().equals(holder.current().version())) {
				activating(holder.current(), settings.rules().dir(), "START", "服务启动时载入规则目录", null);
			}
		}
		catch (RuntimeException ex) {
			log.warn("the rule-set history could not be read or written at start: {}", ex.getMessage());
		}
	}

	/** Serves the version another instance activated, unless it already serves. */
	void takeUp(RulesetArchive.Activation activation) {
		if (activation.version().equals(holder.current().version())) {
			return;
		}
		Optional<Ruleset> ruleset = load(activation.version());
		if (ruleset.isPresent()) {
			holder.activate(ruleset.get());
			log.info("took up rule set {} activated at {} by {} ({})", activation.version(), activation.at(),
					activation.by(), activation.source());
		}
	}

	private <T> Optional<T> withStored(String version, java.util.function.Function<Path, T> use) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("ruleset-");
			Optional<Path> unpacked = archive.unpack(version, dir);
			return unpacked.map(use);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (dir != null) {
				Folders.delete(dir);
			}
		}
	}

	@Override
	public void start() {
		if (!settings.rules().approval()) {
			return;
		}
		poller = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "ruleset-poll");
			t.setDaemon(true);
			return t;
		});
		long every = settings.rules().poll().toMillis();
		poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
	}

	private void poll() {
		try {
			archive.latest().ifPresent(this::takeUp);
		}
		catch (RuntimeException ex) {
			log.warn("could not look for a rule set activated elsewhere: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		if (poller != null) {
			poller.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return poller != null && !poller.isShutdown();
	}

}

package cn.yeji.hazard.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import cn.yeji.hazard.system.HazardSettings;

/**
 * The periodic scan: asks every {@link ReminderSource} what is due today and posts it. Every instance
 * schedules it; the lock row ({@code shedlock}) lets one run it per period, and the notification table's
 * unique key keeps a rescan from telling anyone twice.
 */
@Component
class ReminderScan implements SmartLifecycle {

	static final String LOCK = "reminder-scan";

	private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

	private final List<ReminderSource> sources;

	private final Notifier notifier;

	private final MailOut mail;

	private final LockingTaskExecutor locks;

	private final HazardSettings.Notifications settings;

	private final Clock clock;

	private ScheduledExecutorService timer;

	ReminderScan(List<ReminderSource> sources, Notifier notifier, MailOut mail, LockProvider locks,
			HazardSettings settings, Clock clock) {
		this.sources = sources;
		this.notifier = notifier;
		this.mail = mail;
		this.locks = new DefaultLockingTaskExecutor(locks);
		this.settings = settings.notifications();
		this.clock = clock;
	}

	/**
	 * Scans for {@code today} unless another instance scanned within half a period (or is scanning now).
	 * @return how many reminders were new; empty when the scan was another instance's
	 */
	Optional<Integer> runOnce(LocalDate today) {
		Duration period = settings.scanPeriod();
		// held at least half a period: an instance whose timer fires a little after another's finds it taken
		LockConfiguration lock = new LockConfiguration(clock.instant(), LOCK, period, period.dividedBy(2));
		try {
			LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(() -> scan(today), lock);
			return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable unexpected) {
			throw new IllegalStateException(unexpected);
		}
	}

	/** Posts what every source reports as due on {@code today}. @return how many were new */
	int scan(LocalDate today) {
		int posted = 0;
		for (ReminderSource source : sources) {
			for (Notice notice : source.due(today)) {
				posted += notifier.postAlone(notice) ? 1 : 0;
			}
		}
		mail.sendPending();
		return posted;
	}

	private void tick() {
		try {
			runOnce(LocalDate.now(clock)).ifPresent(n -> log.info("reminder scan: {} new", n));
		}
		catch (RuntimeException ex) {
			log.warn("reminder scan failed, next in {}: {}", settings.scanPeriod(), ex.getMessage());
		}
	}

	private void mailTick() {
		try {
			mail.sendPending();
		}
		catch (RuntimeException ex) {
			log.warn("could not send reminder e-mail: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "reminder-scan");
			t.setDaemon(true);
			return t;
		});
		long every = settings.scanPeriod().toMillis();
		// first scan a minute after start, not at once: a restart of several instances does not crowd the database
		timer.scheduleWithFixedDelay(this::tick, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
		if (mail.enabled()) {
			long mailEvery = settings.mail().period().toMillis();
			timer.scheduleWithFixedDelay(this::mailTick, mailEvery, mailEvery, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		if (timer != null) {
			timer.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return timer != null && !timer.isShutdown();
	}

}

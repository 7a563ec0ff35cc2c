package cn.yeji.hazard.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.Workers;

/**
 * Starts compiling the rules folder as soon as the configuration is known, on its own thread, while
 * Spring builds the rest of the application: the two take seconds each, and nothing else needs the
 * rules until the rule-set bean is created. Registered in {@code META-INF/spring.factories}.
 */
class EarlyRulesLoad implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static volatile Pending pending;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		// bound the way the settings bean will be, so both read the same folder in the same zone
		HazardSettings settings = Binder.get(event.getEnvironment()).bindOrCreate("hazard", HazardSettings.class);
		Path dir = settings.rules().dir();
		Clock clock = Clock.system(settings.zone());
		pending = new Pending(dir, Workers.supply(() -> RulesFolder.load(dir, clock)));
	}

	/**
	 * The rule set started early for {@code dir}, or a load now when nothing was started for it. A failed
	 * load throws the same {@link InvalidRulesException} either way.
	 */
	static Ruleset take(Path dir, Clock clock) {
		Pending started = pending;
		pending = null;
		if (started == null || !started.dir().equals(dir)) {
			return RulesFolder.load(dir, clock);
		}
		try {
			return started.future().join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private record Pending(Path dir, CompletableFuture<Ruleset> future) {
	}

}

package cn.yeji.hazard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;

import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.HazardSettings;

/** The project's own rules, examples and docs, loaded the way production loads them. */
public final class TestRules {

	/**
	 * The zone the service runs in, as it reads {@code hazard.zone}: a {@code -Dhazard.zone}, else
	 * application.properties, else {@link HazardSettings#DEFAULT_ZONE}. A Spring test has it on the service's
	 * {@code Clock} bean; {@code LocalDate.now(clock)} is "today" there.
	 */
	public static final ZoneId ZONE = serviceZone();

	/** A fixed "today" for requests without a date. */
	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZONE);

	private static Ruleset shipped;

	private TestRules() {
	}

	private static ZoneId serviceZone() {
		String zone = System.getProperty("hazard.zone");
		if (zone == null) {
			Properties properties = new Properties();
			try (InputStream in = TestRules.class.getResourceAsStream("/application.properties")) {
				if (in != null) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			zone = properties.getProperty("hazard.zone", HazardSettings.DEFAULT_ZONE);
		}
		return ZoneId.of(zone.trim());
	}

	public static Path projectDir() {
		return Path.of(System.getProperty("hazard.project.dir", ".")).toAbsolutePath().normalize();
	}

	public static Path rulesDir() {
		return projectDir().resolve("rules");
	}

	public static Path examplesDir() {
		return projectDir().resolve("examples");
	}

	/** The shipped rules folder, compiled once per test JVM. */
	public static synchronized Ruleset shipped() {
		if (shipped == null) {
			shipped = RulesFolder.load(rulesDir(), CLOCK);
		}
		return shipped;
	}

	/** A copy of the shipped rules folder under {@code target}, for tests that break or extend it. */
	public static Path copyOfShippedRules(Path target) throws java.io.IOException {
		return cn.yeji.hazard.system.Folders.copy(rulesDir(), target);
	}

	/** The settings the service would bind on its defaults, with these folders and gate time. */
	/**
	 * Points a service under test at a copy of the shipped rules and an empty examples folder, so a revision
	 * that changes verdicts may be activated and the real rules folder is never written.
	 */
	public static void copiedRulesWithoutExamples(org.springframework.test.context.DynamicPropertyRegistry registry,
			Path dir) throws java.io.IOException {
		Path rules = copyOfShippedRules(dir.resolve("rules"));
		Path examples = java.nio.file.Files.createDirectories(dir.resolve("examples"));
		registry.add("hazard.rules.dir", rules::toString);
		registry.add("hazard.examples.dir", examples::toString);
	}

	public static HazardSettings settings(Path rules, Path examples, java.time.Duration gateTimeout) {
		return new HazardSettings(CLOCK.getZone(),
				new HazardSettings.Rules(rules, false, java.time.Duration.ofMillis(500), gateTimeout,
						HazardSettings.Activation.WATCH, java.time.Duration.ofSeconds(3)),
				new HazardSettings.Examples(examples), new HazardSettings.Data(Path.of("./data")),
				new HazardSettings.Limits(1_048_576, 120),
				new HazardSettings.Security("", new HazardSettings.SignIn(5, 50, java.time.Duration.ofMinutes(15))),
				new HazardSettings.Notifications(3, 7, java.time.Duration.ofHours(1),
						new HazardSettings.Mail(false, "hazard-judge@localhost", java.time.Duration.ofMinutes(1))));
	}

	public static DeterminationService service() {
		return new DeterminationService(new RulesetHolder(shipped()), CLOCK);
	}

}

package cn.yeji.hazard.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code hazard.*} setting, bound once and checked at start: a wrong value stops the start naming
 * the property, instead of surfacing later in whichever class happened to read it.
 *
 * @param zone the district's zone: "today" and every period are dates there
 * @param rules the rules folder and how revisions of it are taken up
 * @param examples the golden cases a revision must pass before it serves
 * @param data where the embedded ledger database lives
 * @param limits bounds on what one request and one client may send
 * @param security the first administrator and sign-in throttling
 * @param notifications reminders: how far ahead and how late, how often the scan runs, e-mail
 */
@Validated
@ConfigurationProperties("hazard")
public record HazardSettings(@NotNull @DefaultValue(DEFAULT_ZONE) ZoneId zone, @Valid @NotNull @DefaultValue Rules rules,
		@Valid @NotNull @DefaultValue Examples examples, @Valid @NotNull @DefaultValue Data data,
		@Valid @NotNull @DefaultValue Limits limits, @Valid @NotNull @DefaultValue Security security,
		@Valid @NotNull @DefaultValue Notifications notifications) {

	/** Yeji District is in Anhui. */
	public static final String DEFAULT_ZONE = "Asia/Shanghai";

	/**
	 * @param dir read from disk at start, never from the classpath, so an officer's edit needs no build
	 * @param watch reload when a file in the folder changes (under {@link Activation#WATCH} only)
	 * @param debounce how long the files must be quiet before a reload
	 * @param gateTimeout how long the example cases may take under a candidate before it is rejected
	 * @param activation how a revision comes to serve: from the folder ({@code watch}, an officer's own
	 * machine) or by a second officer's approval ({@code approval}, the {@code postgres} profile)
	 * @param poll how often an instance under {@code approval} looks for an activation made on another one
	 */
	public record Rules(@NotNull @DefaultValue("rules") Path dir, @DefaultValue("true") boolean watch,
			@NotNull @DefaultValue("500ms") Duration debounce, @NotNull @DefaultValue("60s") Duration gateTimeout,
			@NotNull @DefaultValue("watch") Activation activation, @NotNull @DefaultValue("3s") Duration poll) {

		public boolean approval() {
			return activation == Activation.APPROVAL;
		}

	}

	/** How a revision of the rules comes to serve. */
	public enum Activation {
		/** the rules folder: a changed folder is checked and serves (one officer, their own machine) */
		WATCH,
		/**
		 * a revision uploaded by one officer serves when another approves it; a change in the folder is reported,
		 * never activated
		 */
		APPROVAL
	}

	/** @param dir the golden cases ({@code examples/}) */
	public record Examples(@NotNull @DefaultValue("examples") Path dir) {
	}

	/** @param dir the folder of the embedded H2 ledger */
	public record Data(@NotNull @DefaultValue("./data") Path dir) {
	}

	/**
	 * @param maxJsonBytes the largest JSON body accepted (413 above it)
	 * @param writesPerMinute writes (POST, PUT under /api/, determinations excepted) one client may make per
	 * minute before 429; a client is the signed-in user, or the address when nobody is signed in
	 */
	public record Limits(@Positive @DefaultValue("1048576") long maxJsonBytes,
			@Positive @DefaultValue("120") int writesPerMinute) {
	}

	/**
	 * @param adminPassword the first administrator's password on a new database; empty to have a random one
	 * printed once
	 * @param signIn how failed sign-ins are throttled
	 */
	public record Security(@DefaultValue("") String adminPassword, @Valid @NotNull @DefaultValue SignIn signIn) {
	}

	/**
	 * @param perUser failures for one user name before it is locked
	 * @param perAddress failures from one address before it is locked (many names from one place)
	 * @param lock how long a lock lasts after the last failure; also the window failures are counted in
	 */
	public record SignIn(@Positive @DefaultValue("5") int perUser, @Positive @DefaultValue("50") int perAddress,
			@NotNull @DefaultValue("15m") Duration lock) {
	}

	/**
	 * @param deadlineDays a rectification deadline this many days away (or fewer) reminds the township officers (N)
	 * @param districtAfterDays an entry this many days overdue also reminds the district officers (M)
	 * @param scanPeriod how often the scan for due, overdue and at-risk items runs (on one instance at a time)
	 * @param mail e-mail copies of reminders
	 */
	public record Notifications(@Positive @DefaultValue("3") int deadlineDays,
			@Positive @DefaultValue("7") int districtAfterDays,
			@NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration scanPeriod,
			@Valid @NotNull @DefaultValue Mail mail) {
	}

	/**
	 * @param enabled send each reminder also by e-mail to the recipient's address on file (needs
	 * {@code spring.mail.host}); off by default
	 * @param from the sender address
	 * @param period how often reminders waiting for their e-mail are sent
	 */
	public record Mail(@DefaultValue("false") boolean enabled, @NotNull @DefaultValue("hazard-judge@localhost") String from,
			@NotNull @DurationMin(millis = 100) @DefaultValue("1m") Duration period) {
	}

}

package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every hazard.* setting is bound once, with its defaults, and a wrong one stops the start naming it. */
class HazardSettingsTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ClockConfiguration.class);

	@Test
	void nothing_set_binds_the_documented_defaults() {
		context.run(c -> {
			HazardSettings settings = c.getBean(HazardSettings.class);

			assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
			assertThat(settings.rules().dir()).isEqualTo(Path.of("rules"));
			assertThat(settings.rules().watch()).isTrue();
			assertThat(settings.rules().gateTimeout()).isEqualTo(Duration.ofSeconds(60));
			assertThat(settings.examples().dir()).isEqualTo(Path.of("examples"));
			assertThat(settings.limits().writesPerMinute()).isEqualTo(120);
			assertThat(settings.security().signIn().perUser()).isEqualTo(5);
			assertThat(settings.notifications().deadlineDays()).isEqualTo(3);
			assertThat(settings.notifications().districtAfterDays()).isEqualTo(7);
			assertThat(settings.notifications().scanPeriod()).isEqualTo(Duration.ofHours(1));
			assertThat(settings.notifications().mail().enabled()).as("e-mail is off unless switched on").isFalse();
			assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		});
	}

	@Test
	void the_clock_is_in_the_configured_zone() {
		context.withPropertyValues("hazard.zone=Asia/Urumqi")
			.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Urumqi")));
	}

	@Test
	void an_unknown_zone_stops_the_start_naming_the_property() {
		context.withPropertyValues("hazard.zone=Anhui/Yeji")
			.run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("hazard.zone"));
	}

	@Test
	void a_limit_of_zero_stops_the_start_naming_the_property() {
		context.withPropertyValues("hazard.limits.writes-per-minute=0")
			.run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("hazard.limits.writesPerMinute"));
	}

	@Test
	void reminders_zero_days_ahead_or_a_scan_period_under_a_second_stop_the_start_naming_the_property() {
		context.withPropertyValues("hazard.notifications.deadline-days=0")
			.run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("hazard.notifications.deadlineDays"));
		context.withPropertyValues("hazard.notifications.scan-period=10ms")
			.run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("hazard.notifications.scanPeriod"));
		context.withPropertyValues("hazard.notifications.district-after-days=14")
			.run(c -> assertThat(c.getBean(HazardSettings.class).notifications().districtAfterDays()).isEqualTo(14));
	}

}

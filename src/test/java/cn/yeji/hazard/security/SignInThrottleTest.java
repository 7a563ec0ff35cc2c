package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

	private final MovingClock clock = new MovingClock();

	private final SignInThrottle throttle = new SignInThrottle(new cn.yeji.hazard.system.HazardSettings.SignIn(3, 5, Duration.ofMinutes(10)), clock);

	@Test
	void a_user_name_is_locked_after_its_limit_until_the_lock_has_passed_since_the_last_failure() {
		throttle.failed("zhang", "10.0.0.1");
		throttle.failed("zhang", "10.0.0.2");
		assertThat(throttle.lockedFor("zhang", "10.0.0.3")).isEmpty();
		clock.move(Duration.ofMinutes(1));
		throttle.failed("zhang", "10.0.0.3");

		assertThat(throttle.lockedFor("zhang", "10.0.0.9")).as("from any address").hasValue(Duration.ofMinutes(10));
		assertThat(throttle.lockedFor("li", "10.0.0.9")).as("another name").isEmpty();
		clock.move(Duration.ofMinutes(10));
		assertThat(throttle.lockedFor("zhang", "10.0.0.9")).isEmpty();
	}

	@Test
	void an_address_trying_many_names_is_locked_for_every_name_and_for_tokens() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("name" + i, "10.0.0.7");
		}

		assertThat(throttle.lockedFor("someone-else", "10.0.0.7")).isPresent();
		assertThat(throttle.lockedFor(null, "10.0.0.7")).as("a Bearer sign-in").isPresent();
		assertThat(throttle.lockedFor("someone-else", "10.0.0.8")).isEmpty();
	}

	@Test
	void a_success_clears_the_users_count_and_old_failures_are_forgotten() {
		throttle.failed("wang", "10.0.0.1");
		throttle.failed("wang", "10.0.0.1");
		throttle.succeeded("wang");
		throttle.failed("wang", "10.0.0.1");
		throttle.failed("wang", "10.0.0.1");
		assertThat(throttle.lockedFor("wang", "10.0.0.2")).isEmpty();
		clock.move(Duration.ofMinutes(11));
		throttle.failed("wang", "10.0.0.1");

		assertThat(throttle.lockedFor("wang", "10.0.0.2")).as("the count began again after the window").isEmpty();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-02T08:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}

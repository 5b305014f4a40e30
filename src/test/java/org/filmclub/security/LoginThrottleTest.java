package org.filmclub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-25T20:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void four_failures_cost_nothing_and_the_fifth_makes_the_next_attempt_wait_a_second() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana", "10.0.0.1");
            assertThat(throttle.waitUntil("ana", "10.0.0.1")).isEmpty();
        }
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitUntil("ana", "10.0.0.1")).contains(clock.now.plusSeconds(1));
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_five_minutes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        for (long expected : new long[] {2, 4, 8, 16, 32, 64, 128, 256, 300, 300}) {
            clock.now = throttle.waitUntil("ana", "10.0.0.1").orElseThrow();
            throttle.failed("ana", "10.0.0.1");
            assertThat(Duration.between(clock.now, throttle.waitUntil("ana", "10.0.0.1").orElseThrow()))
                    .isEqualTo(Duration.ofSeconds(expected));
        }
    }

    @Test
    void a_guesser_elsewhere_never_slows_the_member_down_at_their_own_address() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("ana", "203.0.113.9");
        }
        assertThat(throttle.waitUntil("ana", "203.0.113.9")).isPresent();
        assertThat(throttle.waitUntil("ana", "192.0.2.50")).isEmpty();
        assertThat(throttle.waitUntil("ben", "203.0.113.9")).isEmpty();
    }

    @Test
    void success_and_an_hour_of_quiet_both_forget_the_failures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        throttle.succeeded("ana", "10.0.0.1");
        assertThat(throttle.waitUntil("ana", "10.0.0.1")).isEmpty();

        for (int i = 0; i < 5; i++) {
            throttle.failed("ben", "10.0.0.1");
        }
        clock.now = clock.now.plus(LoginThrottle.MEMORY).plusSeconds(1);
        throttle.failed("ben", "10.0.0.1");
        assertThat(throttle.waitUntil("ben", "10.0.0.1")).isEmpty();
    }
}

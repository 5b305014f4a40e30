package org.filmclub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.filmclub.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private Instant now = clock.stopAt(Instant.parse("2026-11-25T20:00:00Z"));

    private void advanceTo(Instant instant) {
        now = clock.stopAt(instant);
    }

    private void failedAttempts(int n, String username, String address) {
        for (int i = 0; i < n; i++) {
            assertThat(throttle.attempt(username, address)).as("attempt %d goes ahead", i + 1).isEmpty();
        }
    }

    @Test
    void four_attempts_cost_nothing_and_after_the_fifth_the_next_must_wait_a_second() {
        failedAttempts(4, "ana", "10.0.0.1");
        failedAttempts(1, "ana", "10.0.0.1");
        assertThat(throttle.attempt("ana", "10.0.0.1")).contains(now.plusSeconds(1));
        advanceTo(now.plusSeconds(1));
        assertThat(throttle.attempt("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void each_further_attempt_doubles_the_wait_up_to_five_minutes() {
        failedAttempts(5, "ana", "10.0.0.1");
        for (long expected : new long[] {2, 4, 8, 16, 32, 64, 128, 256, 300, 300}) {
            advanceTo(throttle.attempt("ana", "10.0.0.1").orElseThrow());
            assertThat(throttle.attempt("ana", "10.0.0.1")).isEmpty();
            var refusedUntil = throttle.attempt("ana", "10.0.0.1").orElseThrow();
            assertThat(Duration.between(now, refusedUntil)).isEqualTo(Duration.ofSeconds(expected));
        }
    }

    @Test
    void a_refused_attempt_does_not_make_the_wait_longer() {
        failedAttempts(5, "ana", "10.0.0.1");
        var until = throttle.attempt("ana", "10.0.0.1").orElseThrow();
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.attempt("ana", "10.0.0.1")).contains(until);
        }
    }

    @Test
    void a_guesser_elsewhere_never_slows_the_member_down_at_their_own_address() {
        failedAttempts(5, "ana", "203.0.113.9");
        assertThat(throttle.attempt("ana", "203.0.113.9")).isPresent();
        assertThat(throttle.attempt("ana", "192.0.2.50")).isEmpty();
        assertThat(throttle.attempt("ben", "203.0.113.9")).isEmpty();
    }

    @Test
    void success_and_an_hour_of_quiet_both_forget_the_attempts() {
        failedAttempts(5, "ana", "10.0.0.1");
        throttle.succeeded("ana", "10.0.0.1");
        assertThat(throttle.attempt("ana", "10.0.0.1")).isEmpty();

        failedAttempts(5, "ben", "10.0.0.1");
        advanceTo(now.plus(LoginThrottle.MEMORY).plusSeconds(1));
        failedAttempts(4, "ben", "10.0.0.1");
    }
}

package org.filmclub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.filmclub.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private Instant now = clock.stopAt(Instant.parse("2026-11-25T20:00:00Z"));

    private void advanceTo(Instant instant) {
        now = clock.stopAt(instant);
    }

    private void failedAttempts(int n, String username, String address) {
        for (int i = 0; i < n; i++) {
            assertThat(throttle.attempt(username, address))
                    .as("attempt %d goes ahead", i + 1)
                    .isEmpty();
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

    @Test
    void guesses_for_one_account_spread_over_a_hundred_addresses_are_slowed() {
        int wentAhead = 0;
        for (int i = 0; i < 100; i++) {
            if (throttle.attempt("ana", "198.51.100." + i).isEmpty()) {
                wentAhead++;
            }
        }
        assertThat(wentAhead).isEqualTo(LoginThrottle.ACCOUNT_FREE_ATTEMPTS);
        assertThat(throttle.attempt("ana", "198.51.100.200")).contains(now.plusSeconds(1));
        assertThat(throttle.attempt("ben", "198.51.100.200"))
                .as("other accounts are not slowed")
                .isEmpty();
    }

    @Test
    void a_day_of_guessing_from_ever_new_addresses_gets_about_a_hundred_guesses_at_one_account() {
        var end = now.plus(Duration.ofDays(1));
        int guesses = 0;
        for (int i = 0; now.isBefore(end) && i < 10_000; i++) {
            var address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            var refusedUntil = throttle.attempt("ana", address);
            if (refusedUntil.isPresent()) {
                advanceTo(refusedUntil.get());
            } else {
                guesses++;
            }
        }
        assertThat(guesses).isLessThan(LoginThrottle.ACCOUNT_FREE_ATTEMPTS + 12 + 24 * 4);
    }

    @Test
    void the_member_at_their_own_address_still_logs_in_while_an_attacker_hammers_the_account_from_elsewhere() {
        failedAttempts(1, "ana", "192.0.2.50");
        throttle.succeeded("ana", "192.0.2.50");
        for (int minute = 0; minute < 60; minute++) {
            for (int i = 0; i < 100; i++) {
                throttle.attempt("ana", "198.51.100." + i);
            }
            assertThat(throttle.attempt("ana", "192.0.2.50"))
                    .as("minute %d", minute)
                    .isEmpty();
            throttle.succeeded("ana", "192.0.2.50");
            advanceTo(now.plusSeconds(60));
        }
    }

    @Test
    void a_member_who_mistyped_at_a_new_address_and_then_got_in_is_not_counted_as_a_guesser() {
        failedAttempts(4, "ana", "192.0.2.50");
        throttle.succeeded("ana", "192.0.2.50");
        for (int i = 1; i < LoginThrottle.ACCOUNT_FREE_ATTEMPTS; i++) {
            failedAttempts(1, "ana", "198.51.100." + i);
        }
    }

    @Test
    void guesses_from_one_ipv6_network_count_as_one_address() {
        for (int i = 1; i <= LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(throttle.attempt("ana", "2001:db8:1:2::" + Integer.toHexString(i)))
                    .isEmpty();
        }
        assertThat(throttle.attempt("ana", "2001:db8:1:2:ffff:ffff:ffff:ffff")).isPresent();
        assertThat(throttle.attempt("ana", "2001:db8:1:3::1")).isEmpty();
    }

    @Test
    void a_flood_of_other_usernames_never_makes_the_throttle_forget_a_slowed_guesser() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
            throttle.attempt("user" + i, "203.0.113.1");
        }
        failedAttempts(LoginThrottle.FREE_ATTEMPTS, "ana", "203.0.113.9");
        for (int i = 0; i < LoginThrottle.MAX_KEYS / 2; i++) {
            throttle.attempt("other" + i, "203.0.113.1");
        }
        assertThat(throttle.attempt("ana", "203.0.113.9")).isPresent();
        assertThat(throttle.size()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_KEYS);
    }

    @Test
    void concurrent_correct_logins_are_never_refused() throws Exception {
        // Every reading of this clock is a microsecond later than the one before, as a busy server's is.
        var ticks = new AtomicLong();
        var ticking = new Clock() {
            @Override
            public Instant instant() {
                return now.plusNanos(1000 * ticks.incrementAndGet());
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        var concurrent = new LoginThrottle(ticking);
        var passwords = new BCryptPasswordEncoder(4);
        var hash = passwords.encode("right");
        var refused = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            var username = i % 4 == 0 ? "member" + i : "ana";
            pool.execute(() -> {
                if (concurrent.attempt(username, "10.0.0.1").isPresent()) {
                    refused.incrementAndGet();
                } else if (passwords.matches("right", hash)) {
                    concurrent.succeeded(username, "10.0.0.1");
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(refused).hasValue(0);
    }
}

package org.filmclub.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. From the {@value #FREE_FAILURES}th failed login for one username from
 * one address on, the next attempt from there must wait: one second, then twice as long after each
 * further failure, up to {@link #MAX_WAIT}. The key includes the address so that someone guessing a member's password
 * never locks the member out from their own browser.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** A key with no failure for this long is forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant last, Instant nextAllowed) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When this key may try again, if it must wait. */
    Optional<Instant> waitUntil(String username, String address) {
        var f = failures.get(key(username, address));
        var now = clock.instant();
        return f != null && now.isBefore(f.nextAllowed()) ? Optional.of(f.nextAllowed()) : Optional.empty();
    }

    void failed(String username, String address) {
        var now = clock.instant();
        failures.compute(key(username, address), (k, f) -> {
            int count = f == null || f.last().plus(MEMORY).isBefore(now) ? 1 : f.count() + 1;
            var wait = count < FREE_FAILURES ? Duration.ZERO : backoff(count - FREE_FAILURES);
            return new Failures(count, now, now.plus(wait));
        });
        if (failures.size() > 10_000) {
            failures.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
        }
    }

    void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static Duration backoff(int doublings) {
        var seconds = 1L << Math.min(doublings, 20);
        return seconds >= MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private static String key(String username, String address) {
        return username + '\n' + address;
    }
}

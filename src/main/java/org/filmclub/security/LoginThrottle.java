package org.filmclub.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Every attempt for one username from one address counts until one
 * succeeds. From the {@value #FREE_ATTEMPTS}th on, the next attempt from there must wait: one
 * second, then twice as long after each further attempt, up to {@link #MAX_WAIT}. An attempt is
 * counted before its password is checked, so guesses sent in parallel are held back as well. The
 * key includes the address so that someone guessing a member's password never slows the member
 * down at their own address.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** A key with no attempt for this long is forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    /** Keys kept at most; past this the oldest knowledge is dropped rather than memory exhausted. */
    static final int MAX_KEYS = 100_000;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Attempts(int count, Instant last, Instant nextAllowed) {
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt that is about to check a password.
     *
     * @return empty if it may go ahead, or when it may be tried again
     */
    Optional<Instant> attempt(String username, String address) {
        var now = clock.instant();
        var refusedUntil = new Instant[1];
        attempts.compute(key(username, address), (k, a) -> {
            if (a != null && now.isBefore(a.nextAllowed())) {
                refusedUntil[0] = a.nextAllowed();
                return a;
            }
            int count = a == null || a.last().plus(MEMORY).isBefore(now) ? 1 : a.count() + 1;
            var wait = count < FREE_ATTEMPTS ? Duration.ZERO : backoff(count - FREE_ATTEMPTS);
            return new Attempts(count, now, now.plus(wait));
        });
        forgetOld(now);
        return Optional.ofNullable(refusedUntil[0]);
    }

    void succeeded(String username, String address) {
        attempts.remove(key(username, address));
    }

    private void forgetOld(Instant now) {
        if (attempts.size() > MAX_KEYS / 10) {
            attempts.values().removeIf(a -> a.last().plus(MEMORY).isBefore(now));
        }
        if (attempts.size() > MAX_KEYS) {
            log.warn("More than {} usernames and addresses failed to log in within {}; forgetting them all",
                    MAX_KEYS, MEMORY);
            attempts.clear();
        }
    }

    private static Duration backoff(int doublings) {
        var seconds = 1L << Math.min(doublings, 20);
        return seconds >= MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private static String key(String username, String address) {
        return username + '\n' + address;
    }
}

package org.filmclub.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, for one username from one address and for one username from
 * everywhere else.
 * <p>
 * From one address, every attempt for a username counts until one from there succeeds. From the
 * {@value #FREE_ATTEMPTS}th on, the next attempt from there must wait: one second, then twice as
 * long after each further attempt, up to {@link #MAX_WAIT}.
 * <p>
 * Attempts from addresses the username has not logged in from lately also count together, so that
 * guesses spread over many addresses are slowed as one: from the {@value #ACCOUNT_FREE_ATTEMPTS}th
 * on, the next from any such address must wait, one second doubling up to {@link #ACCOUNT_MAX_WAIT}.
 * An address where the member logged in within {@link #KNOWN_ADDRESS_MEMORY} is left out of that
 * count and never waits for it, so someone guessing elsewhere can slow the member down only at an
 * address the member has never logged in from. A success forgives the attempts made from its
 * address in both counts.
 * <p>
 * An attempt is counted before its password is checked, so guesses sent in parallel are held back
 * as well. The time is read under the same lock as the counts, so attempts are counted in the order
 * of their times, and only a count past the free attempts makes anyone wait: a member who typed
 * nothing wrong is never refused. IPv6 addresses count by their /64 network, the block one
 * subscriber is given. Each table keeps at most {@value #MAX_KEYS} entries and forgets an entry
 * after {@link #MEMORY} without attempts; when full, it forgets the least recently counted one,
 * never everyone at once.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final int ACCOUNT_FREE_ATTEMPTS = 10;
    static final Duration ACCOUNT_MAX_WAIT = Duration.ofMinutes(15);
    /** Attempts with no further attempt for this long are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    /** How long an address where the member logged in counts as theirs. */
    static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(30);
    /** Entries kept at most per table; past this the least recently counted is dropped. */
    static final int MAX_KEYS = 100_000;

    /** Attempts counted, when the last was, and how many of them also counted for the whole account. */
    private record Attempts(int count, Instant last, int forAccount) {

        static Attempts counted(Attempts before, Instant now, int forAccount) {
            return before == null
                    ? new Attempts(1, now, forAccount)
                    : new Attempts(before.count + 1, now, before.forAccount + forAccount);
        }

        static Instant waitUntil(Attempts attempts, int free, Duration maxWait) {
            if (attempts == null || attempts.count < free) {
                return null;
            }
            var seconds = 1L << Math.min(attempts.count - free, 20);
            return attempts.last.plus(seconds >= maxWait.toSeconds() ? maxWait : Duration.ofSeconds(seconds));
        }
    }

    private final RecentEntries<String, Attempts> fromAddress = new RecentEntries<>(MAX_KEYS, MEMORY);
    private final RecentEntries<String, Attempts> fromUnknownAddresses = new RecentEntries<>(MAX_KEYS, MEMORY);
    private final RecentEntries<String, Instant> knownAddresses = new RecentEntries<>(MAX_KEYS, KNOWN_ADDRESS_MEMORY);
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
        var key = key(username, address);
        synchronized (this) {
            var now = clock.instant();
            var here = fromAddress.get(key, now);
            var known = knownAddresses.get(key, now) != null;
            var account = known ? null : fromUnknownAddresses.get(username, now);
            var until = later(
                    Attempts.waitUntil(here, FREE_ATTEMPTS, MAX_WAIT),
                    Attempts.waitUntil(account, ACCOUNT_FREE_ATTEMPTS, ACCOUNT_MAX_WAIT));
            if (until != null && now.isBefore(until)) {
                return Optional.of(until);
            }
            fromAddress.put(key, Attempts.counted(here, now, known ? 0 : 1), now);
            if (!known) {
                fromUnknownAddresses.put(username, Attempts.counted(account, now, 1), now);
            }
            return Optional.empty();
        }
    }

    /** The password was right: this address is the member's, and what was tried from it is forgiven. */
    void succeeded(String username, String address) {
        var key = key(username, address);
        synchronized (this) {
            var now = clock.instant();
            var here = fromAddress.remove(key);
            var account = fromUnknownAddresses.get(username, now);
            if (here != null && here.forAccount() > 0 && account != null) {
                var left = account.count() - here.forAccount();
                if (left > 0) {
                    fromUnknownAddresses.put(username, new Attempts(left, account.last(), left), now);
                } else {
                    fromUnknownAddresses.remove(username);
                }
            }
            knownAddresses.put(key, now, now);
        }
    }

    /** Entries held, for checking that memory stays bounded. */
    synchronized int size() {
        return fromAddress.size() + fromUnknownAddresses.size() + knownAddresses.size();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String username, String address) {
        return username + '\n' + network(address);
    }

    /** An IPv6 address stands for its /64 network; an IPv4 address for itself. */
    static String network(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal with a colon is never looked up by name.
            var ip = InetAddress.getByName(address);
            var bytes = ip.getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : ip.getHostAddress();
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
    }
}

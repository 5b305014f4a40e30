package org.filmclub.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A screening's film clock as every member's screen receives it: the film stood at {@code positionMs} at the
 * server instant {@code anchoredAt}, and runs on from there while {@code playing}. A higher {@code version}
 * is a later change; a screen that already shows a later one ignores an earlier one arriving late.
 *
 * @param runtime the film's length, where the clock stops; empty when it is not known
 */
public record FilmClock(
        long screeningId,
        long clubId,
        long positionMs,
        Instant anchoredAt,
        boolean playing,
        long version,
        Optional<Duration> runtime) {

    /** Where the film stands at this server instant. */
    public Duration positionAt(Instant now) {
        var position = playing
                ? positionMs + Math.max(0, Duration.between(anchoredAt, now).toMillis())
                : positionMs;
        return Duration.ofMillis(
                runtime.map(r -> Math.min(r.toMillis(), position)).orElse(position));
    }
}

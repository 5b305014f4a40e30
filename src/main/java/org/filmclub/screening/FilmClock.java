package org.filmclub.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.filmclub.watch.Playhead;

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
        return Duration.ofMillis(playhead().positionAt(now));
    }

    /** The clock as a value every film clock shares. */
    public Playhead playhead() {
        return new Playhead(positionMs, anchoredAt, playing, runtime);
    }
}

package org.filmclub.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A film clock as a value: the film stood at {@code positionMs} at the server instant {@code anchoredAt} and runs
 * on from there while {@code playing}, never past the film's end, nor past a day when its runtime is unknown.
 * Each change starts from where the film stands at that instant.
 *
 * @param runtime the film's length, where the clock stops; empty when it is not known
 */
public record Playhead(long positionMs, Instant anchoredAt, boolean playing, Optional<Duration> runtime) {

    /** How far a step moves the film, on or back. */
    public static final Duration STEP = Duration.ofSeconds(10);

    /** Far beyond any film, so a clock with no known runtime still has a limit. */
    public static final Duration LONGEST = Duration.ofHours(24);

    public Playhead {
        if (positionMs < 0 || positionMs > endMs(runtime)) {
            throw new IllegalArgumentException("A clock stands within the film");
        }
    }

    /** A clock standing at {@code position}, or at the film's end if that comes first, running or not. */
    public static Playhead at(long positionMs, Instant now, boolean playing, Optional<Duration> runtime) {
        return new Playhead(within(positionMs, runtime), now, playing, runtime);
    }

    /** Where the film stands at this server instant. */
    public long positionAt(Instant now) {
        var moved = playing ? Math.max(0, Duration.between(anchoredAt, now).toMillis()) : 0;
        return within(positionMs + moved, runtime);
    }

    public Moment momentAt(Instant now) {
        return Moment.ofMillis(positionAt(now));
    }

    /** Whether the film has reached its known end at this instant. */
    public boolean endedAt(Instant now) {
        return runtime.isPresent() && positionAt(now) >= runtime.get().toMillis();
    }

    public Playhead playedAt(Instant now) {
        return at(positionAt(now), now, true, runtime);
    }

    public Playhead pausedAt(Instant now) {
        return at(positionAt(now), now, false, runtime);
    }

    /** Moved to a time, playing or paused as it was; a time past the end stops it at the end. */
    public Playhead movedTo(long positionMs, Instant now) {
        return at(positionMs, now, playing, runtime);
    }

    /** {@link #STEP} on or back from where the film stands now. */
    public Playhead steppedAt(Instant now, boolean forward) {
        return movedTo(positionAt(now) + (forward ? STEP : STEP.negated()).toMillis(), now);
    }

    private static long within(long positionMs, Optional<Duration> runtime) {
        return Math.max(0, Math.min(positionMs, endMs(runtime)));
    }

    private static long endMs(Optional<Duration> runtime) {
        return runtime.map(Duration::toMillis).orElse(LONGEST.toMillis());
    }
}

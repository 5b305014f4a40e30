package org.filmclub.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The film clock of one screening, as one anchor: where the film stood at an instant, and whether it runs on
 * from there. It moves only forward in version, never below the film's start, and never past its end when the
 * runtime is known.
 */
@Entity
@Table(name = "screening_clocks")
class ClockAnchor {

    @Id
    private Long screeningId;

    @Column(nullable = false)
    private long positionMs;

    @Column(nullable = false)
    private Instant anchoredAt;

    @Column(nullable = false)
    private boolean playing;

    @Column(nullable = false)
    private long version;

    @Column(nullable = false)
    private long changedBy;

    protected ClockAnchor() {}

    /** A clock that has not been touched: at the film's start, paused. */
    ClockAnchor(long screeningId, Instant now) {
        this.screeningId = screeningId;
        this.anchoredAt = now;
    }

    /** Where the film stands at this instant, stopped at its end when the runtime is known. */
    long positionAt(Instant now, Optional<Duration> runtime) {
        return view(0, runtime).positionAt(now).toMillis();
    }

    /** @return whether anything changed: playing a clock that plays does nothing */
    boolean play(Instant now, long by) {
        if (playing) {
            return false;
        }
        anchor(positionMs, true, now, by);
        return true;
    }

    /** @return whether anything changed: pausing a paused clock does nothing */
    boolean pause(Instant now, long by, Optional<Duration> runtime) {
        if (!playing) {
            return false;
        }
        anchor(positionAt(now, runtime), false, now, by);
        return true;
    }

    /** Puts the film at this position from now on, playing or paused as it was; the caller keeps it within the film. */
    void moveTo(long position, Instant now, long by) {
        anchor(position, playing, now, by);
    }

    private void anchor(long position, boolean playing, Instant now, long by) {
        this.positionMs = Math.max(0, position);
        this.anchoredAt = now;
        this.playing = playing;
        this.changedBy = by;
        version++;
    }

    FilmClock view(long clubId, Optional<Duration> runtime) {
        return new FilmClock(screeningId, clubId, positionMs, anchoredAt, playing, version, runtime);
    }
}

package org.filmclub.screening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import org.filmclub.watch.Playhead;

/**
 * A film clock's time as every screen shows it, "1:02:15" ticking or "Paused at 1:02:15". The server sends the
 * clock's anchor only when it changes; the browser runs the time on from it ({@link FilmClockScript}).
 */
final class ClockTime extends Span {

    private final Clock clock;
    private long version;

    ClockTime(Clock clock) {
        this.clock = clock;
        addClassName("film-clock-time");
        // Read out on request, not every second as it ticks.
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-label", "Film time");
    }

    /** Shows a clock; a later {@code version} is a later change, and a browser ignores an earlier one arriving late. */
    void show(Playhead playhead, long version) {
        this.version = version;
        var position = new org.filmclub.watch.Moment(playhead.positionAt(clock.instant())).text();
        setText(playhead.playing() ? position : "Paused at " + position);
        getElement()
                .executeJs(
                        FilmClockScript.ANCHOR,
                        (double) playhead.positionMs(),
                        (double) playhead.anchoredAt().toEpochMilli(),
                        playhead.playing(),
                        (double) playhead.runtime().map(Duration::toMillis).orElse(-1L),
                        (double) version,
                        (double) clock.millis());
    }

    /** Shows a clock of this screen's own, one change after the last it showed. */
    void showNext(Playhead playhead) {
        show(playhead, version + 1);
    }

    /**
     * Measures how far the browser's clock is off the server's, by round trips to {@code owner}, which answers
     * {@code serverTime()} as a {@code @ClientCallable}.
     */
    void sync(Component owner) {
        owner.getElement().executeJs(FilmClockScript.SYNC, getElement());
    }
}

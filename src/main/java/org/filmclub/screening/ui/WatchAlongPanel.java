package org.filmclub.screening.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.watch.WatchAlong;

/**
 * Watching later, with the club: the member's own film clock on the film page. They play their copy of the film
 * with it; as it reaches each moment the club talked about, the server moves their progress there, and the
 * discussion and the questions show what was said up to it, as they would live. The browser runs the time on by
 * itself; the server wakes only at those moments, and never tells the browser when the next one comes.
 */
final class WatchAlongPanel extends Section {

    private final WatchAlong watchAlong;
    private final ClockTimers timers;
    private final Clock clock;
    private final String slug;
    private final long filmId;
    private final long memberId;
    private final ClockTime time;
    private final ClockControls controls;
    private final Button start;
    private final Div running = new Div();
    private final Paragraph lead = new Paragraph();
    private WatchAlong.Tick shown;
    private ScheduledFuture<?> wake;

    /** @param with what the member watches along with, such as "the club's screening of 12 March" */
    WatchAlongPanel(
            WatchAlong watchAlong,
            ClockTimers timers,
            Clock clock,
            String slug,
            long filmId,
            long memberId,
            String with) {
        this.watchAlong = watchAlong;
        this.timers = timers;
        this.clock = clock;
        this.slug = slug;
        this.filmId = filmId;
        this.memberId = memberId;
        this.time = new ClockTime(clock);
        this.controls = new ClockControls(new Own(), "on this page");
        addClassName("watch-along");
        lead.setText("Play your copy of the film with your own clock: the club's messages and questions appear as it"
                + " reaches the moments they were written at, and what you write is anchored at your moment."
                + " Your progress follows the clock.");
        lead.addClassName("hint");
        start = new Button("Watch along with " + with, e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("watch-along-start");
        var stop = new Button("Stop watching along", e -> stop());
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        running.addClassName("film-clock");
        running.add(time, controls, stop);
        add(new H3("Watch along"), lead, start, running);
        showStopped();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (shown == null) {
            watchAlong.show(slug, filmId).ifPresent(playhead -> run(() -> watchAlong.reached(slug, filmId)));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        cancelWake();
        if (shown != null) {
            shown = null;
            watchAlong.closed(memberId, filmId);
        }
    }

    /** The server's time now, for the browser to measure how far its own clock is off. */
    @ClientCallable
    double serverTime() {
        return clock.millis();
    }

    /** A key pressed on the page while no text field had the focus: k or Space, j, l. */
    @ClientCallable
    void clockKey(String key) {
        if (shown != null) {
            controls.key(key);
        }
    }

    /** The clock reached the moment it was waiting for: what was said there shows. */
    void reached() {
        if (shown != null) {
            run(() -> watchAlong.reached(slug, filmId));
        }
    }

    /** Whether the clock waits for a moment to come, for tests and the bench. */
    boolean waiting() {
        return wake != null && !wake.isDone();
    }

    private void start() {
        var first = shown == null;
        run(() -> watchAlong.start(slug, filmId));
        if (first && shown != null) {
            time.sync(this);
            ClockControls.listenForKeys(this);
        }
    }

    private void stop() {
        cancelWake();
        if (shown != null) {
            shown = null;
            try {
                watchAlong.stop(slug, filmId);
            } catch (ContentNotFoundException gone) {
                // Nothing left to stop.
            }
        }
        showStopped();
    }

    private void run(Supplier<WatchAlong.Tick> change) {
        try {
            show(change.get());
        } catch (ContentNotFoundException | NotPermittedException gone) {
            cancelWake();
            if (shown != null) {
                shown = null;
                watchAlong.closed(memberId, filmId);
            }
            showStopped();
            Notifications.error(gone.getMessage());
        }
    }

    private void show(WatchAlong.Tick tick) {
        shown = tick;
        start.setVisible(false);
        running.setVisible(true);
        time.showNext(tick.playhead());
        controls.show(tick.playhead());
        cancelWake();
        tick.untilNext().ifPresent(wait -> {
            var ui = UI.getCurrent();
            wake = timers.after(wait, () -> {
                try {
                    ui.access(this::reached);
                } catch (UIDetachedException closed) {
                    // The page closed; its detach let the clock go.
                }
            });
        });
    }

    private void showStopped() {
        start.setVisible(true);
        running.setVisible(false);
    }

    private void cancelWake() {
        if (wake != null) {
            wake.cancel(false);
            wake = null;
        }
    }

    /** What the buttons do: change this member's own clock. */
    private final class Own implements ClockControls.Driver {
        @Override
        public void toggle() {
            var playing = shown != null && shown.playhead().playing();
            run(() -> playing ? watchAlong.pause(slug, filmId) : watchAlong.play(slug, filmId));
        }

        @Override
        public void step(boolean forward) {
            run(() -> watchAlong.step(slug, filmId, forward));
        }

        @Override
        public String jump(String typed) {
            var asked = org.filmclub.watch.Moment.parse(typed);
            run(() -> watchAlong.jump(slug, filmId, typed));
            if (shown == null) {
                return null;
            }
            var playhead = shown.playhead();
            return playhead.runtime()
                            .filter(end -> asked.millis() > end.toMillis())
                            .isPresent()
                    ? FilmClockPanel.stoppedAtTheEnd(playhead)
                    : null;
        }
    }
}

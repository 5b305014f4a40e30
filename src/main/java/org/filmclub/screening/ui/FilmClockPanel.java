package org.filmclub.screening.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.util.function.Supplier;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.screening.FilmClock;
import org.filmclub.screening.FilmClockMoved;
import org.filmclub.screening.ScreeningClock;
import org.filmclub.watch.Moment;

/**
 * The room's film clock. The server sends an anchor only when a host plays, pauses or moves the clock; the
 * browser runs the time on from it by itself ({@link FilmClockScript}), against the server's time, which it
 * learns with each anchor and refines by asking the server a few times and keeping the quickest answer.
 * A member's own delay lives in their browser alone.
 */
final class FilmClockPanel extends Section {

    private final ScreeningClock clocks;
    private final Clock clock;
    private final String slug;
    private final long screeningId;
    private final ClockTime time;
    private final ClockControls controls;
    private final IntegerField delay = new IntegerField("Seconds I am behind");
    private final boolean host;
    private FilmClock shown;

    FilmClockPanel(ScreeningClock clocks, LiveBus bus, Clock clock, String slug, long screeningId, boolean host) {
        this.clocks = clocks;
        this.clock = clock;
        this.slug = slug;
        this.screeningId = screeningId;
        this.host = host;
        this.time = new ClockTime(clock);
        this.controls = new ClockControls(new Host(), "in the room");
        addClassNames("card", "film-clock");
        add(new H3("Film clock"), time);
        if (host) {
            add(controls);
        }
        add(delayField());
        LiveUpdates.follow(
                this, bus, FilmClockMoved.topic(screeningId), FilmClockMoved.class, moved -> show(moved.clock()));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        shown = null;
        show(clocks.clock(slug, screeningId));
        time.sync(this);
        if (host) {
            ClockControls.listenForKeys(this);
        }
        time.getElement().executeJs(FilmClockScript.DELAY_STORED).then(Integer.class, delay::setValue);
    }

    /** The server's time now, for the browser to measure how far its own clock is off. */
    @ClientCallable
    double serverTime() {
        return clock.millis();
    }

    /** A key pressed in the room while no text field had the focus: k or Space, j, l. */
    @ClientCallable
    void clockKey(String key) {
        if (host) {
            controls.key(key);
        }
    }

    /** Takes a clock unless the one shown is later: pushes of two quick changes may arrive the other way round. */
    private void show(FilmClock next) {
        if (shown != null && next.version() < shown.version()) {
            return;
        }
        shown = next;
        time.show(next.playhead(), next.version());
        controls.show(next.playhead());
    }

    /** What the host's buttons do: change the room's clock, for everyone in it. */
    private final class Host implements ClockControls.Driver {
        @Override
        public void toggle() {
            var playing = shown != null && shown.playing();
            act(() -> playing ? clocks.pause(slug, screeningId) : clocks.play(slug, screeningId));
        }

        @Override
        public void step(boolean forward) {
            act(() -> clocks.step(slug, screeningId, forward));
        }

        @Override
        public String jump(String typed) {
            try {
                var jumped = clocks.jump(slug, screeningId, typed);
                show(jumped.clock());
                return jumped.toTheEnd()
                        ? FilmClockPanel.stoppedAtTheEnd(jumped.clock().playhead())
                        : null;
            } catch (NotPermittedException refused) {
                Notifications.error(refused.getMessage());
                return null;
            }
        }
    }

    /** The note beside a jump past the film's end. */
    static String stoppedAtTheEnd(org.filmclub.watch.Playhead playhead) {
        return "The film runs "
                + Moment.ofMillis(playhead.runtime().orElseThrow().toMillis()).text()
                + ", so the clock stopped at its end.";
    }

    private IntegerField delayField() {
        delay.setHelperText("Negative if you are ahead. Kept in this browser only; it moves only your clock.");
        delay.setStepButtonsVisible(true);
        delay.setMin(-600);
        delay.setMax(600);
        delay.setValue(0);
        delay.addClassName("film-clock-delay");
        delay.addValueChangeListener(e -> {
            var seconds = e.getValue() == null ? 0 : Math.max(-600, Math.min(600, e.getValue()));
            time.getElement().executeJs(FilmClockScript.DELAY, seconds);
        });
        return delay;
    }

    private void act(Supplier<FilmClock> change) {
        try {
            show(change.get());
        } catch (NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}

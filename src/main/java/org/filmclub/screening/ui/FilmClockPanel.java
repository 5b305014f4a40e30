package org.filmclub.screening.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.function.Supplier;
import org.filmclub.base.InvalidInputException;
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
    private final Span time = new Span();
    private final Button playPause = new Button();
    private final TextField jumpTo = new TextField("Jump to");
    private final IntegerField delay = new IntegerField("Seconds I am behind");
    private final boolean host;
    private FilmClock shown;

    FilmClockPanel(ScreeningClock clocks, LiveBus bus, Clock clock, String slug, long screeningId, boolean host) {
        this.clocks = clocks;
        this.clock = clock;
        this.slug = slug;
        this.screeningId = screeningId;
        this.host = host;
        addClassNames("card", "film-clock");
        time.addClassName("film-clock-time");
        // Read out on request, not every second as it ticks.
        time.getElement().setAttribute("role", "timer");
        time.getElement().setAttribute("aria-label", "Film time");
        add(new H3("Film clock"), time);
        if (host) {
            add(hostControls());
        }
        add(delayField());
        LiveUpdates.follow(
                this, bus, FilmClockMoved.topic(screeningId), FilmClockMoved.class, moved -> show(moved.clock()));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        shown = null;
        show(clocks.clock(slug, screeningId));
        getElement().executeJs(FilmClockScript.SYNC, time.getElement());
        if (host) {
            getElement().executeJs(FilmClockScript.KEYS);
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
        switch (key) {
            case "k" -> togglePlay();
            case "j" -> act(() -> clocks.step(slug, screeningId, false));
            case "l" -> act(() -> clocks.step(slug, screeningId, true));
            default -> {}
        }
    }

    /** Takes a clock unless the one shown is later: pushes of two quick changes may arrive the other way round. */
    private void show(FilmClock next) {
        if (shown != null && next.version() < shown.version()) {
            return;
        }
        shown = next;
        var position =
                Moment.ofMillis(next.positionAt(clock.instant()).toMillis()).text();
        time.setText(next.playing() ? position : "Paused at " + position);
        playPause.setText(next.playing() ? "Pause" : "Play");
        playPause.setAriaLabel(next.playing() ? "Pause the film clock (k)" : "Play the film clock (k)");
        time.getElement()
                .executeJs(
                        FilmClockScript.ANCHOR,
                        (double) next.positionMs(),
                        (double) next.anchoredAt().toEpochMilli(),
                        next.playing(),
                        (double)
                                next.runtime().map(java.time.Duration::toMillis).orElse(-1L),
                        (double) next.version(),
                        (double) clock.millis());
    }

    private Div hostControls() {
        playPause.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        playPause.addClickListener(e -> togglePlay());
        var back = new Button("−10 s", e -> act(() -> clocks.step(slug, screeningId, false)));
        back.setAriaLabel("Back 10 seconds (j)");
        var on = new Button("+10 s", e -> act(() -> clocks.step(slug, screeningId, true)));
        on.setAriaLabel("Forward 10 seconds (l)");
        jumpTo.setPlaceholder("h:mm:ss");
        jumpTo.setMaxLength(12);
        jumpTo.addClassName("film-clock-jump");
        var jump = new Button("Jump", e -> jump());
        jump.setAriaLabel("Jump the film clock to this time");
        jumpTo.addKeyPressListener(Key.ENTER, e -> jump());
        var row = new Div(playPause, back, on, jumpTo, jump);
        row.addClassNames("actions", "film-clock-controls");
        var keys = new Span("Keys in the room: Space or k plays and pauses, j and l go 10 s back and on.");
        keys.addClassName("hint");
        return new Div(row, keys);
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

    private void togglePlay() {
        var playing = shown != null && shown.playing();
        act(() -> playing ? clocks.pause(slug, screeningId) : clocks.play(slug, screeningId));
    }

    private void jump() {
        try {
            var jumped = clocks.jump(slug, screeningId, jumpTo.getValue());
            jumpTo.setInvalid(false);
            jumpTo.setHelperText(
                    jumped.toTheEnd()
                            ? "The film runs "
                                    + Moment.ofMillis(jumped.clock()
                                                    .runtime()
                                                    .orElseThrow()
                                                    .toMillis())
                                            .text()
                                    + ", so the clock stopped at its end."
                            : null);
            show(jumped.clock());
        } catch (InvalidInputException refused) {
            jumpTo.setErrorMessage(refused.getMessage());
            jumpTo.setInvalid(true);
        } catch (NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void act(Supplier<FilmClock> change) {
        try {
            show(change.get());
        } catch (NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}

package org.filmclub.screening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.filmclub.base.InvalidInputException;
import org.filmclub.watch.Playhead;

/**
 * The buttons of a film clock, for whoever runs it: play and pause, 10 s back and on, and a jump to a typed time,
 * with the same keys anywhere on the page while no field has the focus (Space or k, j, l). A refused time stays
 * in its field with the reason beside it.
 */
final class ClockControls extends Div {

    /** What the buttons do to the clock they run. */
    interface Driver {
        void toggle();

        void step(boolean forward);

        /** Moves the clock to the typed time; returns a note for the field, such as that it stopped at the end. */
        String jump(String typed);
    }

    private final Button playPause = new Button();
    final TextField jumpTo = new TextField("Jump to");
    private final Driver driver;

    ClockControls(Driver driver, String keysWhere) {
        this.driver = driver;
        playPause.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        playPause.addClickListener(e -> driver.toggle());
        var back = new Button("−10 s", e -> driver.step(false));
        back.setAriaLabel("Back 10 seconds (j)");
        var on = new Button("+10 s", e -> driver.step(true));
        on.setAriaLabel("Forward 10 seconds (l)");
        jumpTo.setPlaceholder("h:mm:ss");
        jumpTo.setMaxLength(12);
        jumpTo.addClassName("film-clock-jump");
        var jump = new Button("Jump", e -> jump());
        jump.setAriaLabel("Jump the film clock to this time");
        jumpTo.addKeyPressListener(Key.ENTER, e -> jump());
        var row = new Div(playPause, back, on, jumpTo, jump);
        row.addClassNames("actions", "film-clock-controls");
        var keys = new Span("Keys " + keysWhere + ": Space or k plays and pauses, j and l go 10 s back and on.");
        keys.addClassName("hint");
        add(row, keys);
        showPlaying(false);
    }

    void showPlaying(boolean playing) {
        playPause.setText(playing ? "Pause" : "Play");
        playPause.setAriaLabel(playing ? "Pause the film clock (k)" : "Play the film clock (k)");
    }

    void show(Playhead playhead) {
        showPlaying(playhead.playing());
    }

    /** A key pressed on the page while no text field had the focus: k or Space, j, l. */
    void key(String key) {
        switch (key) {
            case "k" -> driver.toggle();
            case "j" -> driver.step(false);
            case "l" -> driver.step(true);
            default -> {}
        }
    }

    /** Listens for the keys on the page while {@code owner} is on it; it answers {@code clockKey(key)}. */
    static void listenForKeys(Component owner) {
        owner.getElement().executeJs(FilmClockScript.KEYS);
    }

    private void jump() {
        try {
            var note = driver.jump(jumpTo.getValue());
            jumpTo.setInvalid(false);
            jumpTo.setHelperText(note);
        } catch (InvalidInputException refused) {
            jumpTo.setErrorMessage(refused.getMessage());
            jumpTo.setInvalid(true);
        }
    }
}

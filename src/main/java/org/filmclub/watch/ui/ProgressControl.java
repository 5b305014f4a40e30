package org.filmclub.watch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressService;

/**
 * A member's own progress through the film, as a short line they can change: "I'm at 0:42:00", "I've finished",
 * "Not started". Saving it tells their open screens of the film, which then show what it lets them see.
 */
public class ProgressControl extends Div {

    private final ProgressService service;
    private final String slug;
    private final long filmId;
    private final Span current = new Span();
    final TextField at = new TextField("I'm at");
    private Progress progress;

    public ProgressControl(ProgressService service, String slug, long filmId, Progress progress) {
        this.service = service;
        this.slug = slug;
        this.filmId = filmId;
        addClassName("progress-control");
        current.addClassName("progress-now");
        at.setPlaceholder("h:mm:ss");
        at.addClassName("progress-at");
        at.setAriaLabel("I'm at, a time in the film such as 0:42:00");
        var save = button("Set", () -> {
            try {
                save(Progress.at(Moment.parse(at.getValue())));
            } catch (InvalidInputException invalid) {
                refused(invalid);
            }
        });
        save.setAriaLabel("Set my progress to the time typed");
        var finished = button("I've finished", () -> save(Progress.finished()));
        var notStarted = button("Not started", () -> save(Progress.notStarted()));
        var label = new Span("Your progress:");
        label.addClassName("progress-label");
        add(label, current, at, save, finished, notStarted);
        show(progress);
    }

    public Progress progress() {
        return progress;
    }

    /** Shows a progress saved here or on another screen of the same member. */
    public void show(Progress progress) {
        this.progress = progress;
        current.setText(progress.stage() == Progress.Stage.NOT_SET ? "not set, so nothing is hidden" : progress.text());
        if (progress.stage() == Progress.Stage.AT && !at.isInvalid()) {
            at.setValue(progress.upTo().text());
        }
    }

    private void save(Progress next) {
        try {
            var saved = service.setProgress(slug, filmId, next);
            at.setInvalid(false);
            show(saved);
        } catch (InvalidInputException invalid) {
            refused(invalid);
        } catch (ContentNotFoundException gone) {
            Notifications.error(gone.getMessage());
        }
    }

    /** The refusal beside the field, which keeps what the member typed. */
    private void refused(InvalidInputException invalid) {
        at.setErrorMessage(invalid.fieldErrors().getOrDefault(Moment.FIELD, invalid.getMessage()));
        at.setInvalid(true);
    }

    private static Button button(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}

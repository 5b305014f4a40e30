package org.filmclub.poll.ui;

import static org.filmclub.film.FilmLimits.*;
import static org.filmclub.poll.PollLimits.PITCH_MAX;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.poll.AlreadyNominatedException;
import org.filmclub.poll.FilmInClubException;
import org.filmclub.poll.NominationInput;
import org.filmclub.poll.NominationService;

/** A member nominates a film. A duplicate or a film the club has is said in the dialog; what was typed stays. */
class NominateDialog extends Dialog {

    final TextField title = new TextField("Title");
    final IntegerField year = new IntegerField("Year");
    final TextField director = new TextField("Director");
    final IntegerField runtime = new IntegerField("Runtime (minutes)");
    final TextArea pitch = new TextArea("Why watch it?");
    final Div notice = new Div();
    private final FieldErrors errors = new FieldErrors();
    private final NominationService nominations;
    private final String slug;
    private final Runnable saved;

    NominateDialog(NominationService nominations, String slug, Runnable saved) {
        this.nominations = nominations;
        this.slug = slug;
        this.saved = saved;
        setHeaderTitle("Nominate a film");
        setWidth("min(40rem, 100vw)");
        title.setMaxLength(TITLE_MAX);
        title.setRequired(true);
        year.setMin(YEAR_MIN);
        year.setMax(YEAR_MAX);
        director.setMaxLength(DIRECTOR_MAX);
        runtime.setMin(RUNTIME_MIN);
        runtime.setMax(RUNTIME_MAX);
        pitch.setMaxLength(PITCH_MAX);
        pitch.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        pitch.setHelperText("Up to " + PITCH_MAX + " characters; *italic*, **bold** and links work as in messages.");
        errors.bind("title", title)
                .bind("year", year)
                .bind("director", director)
                .bind("runtimeMinutes", runtime)
                .bind("pitch", pitch);
        var form = new FormLayout(title, year, director, runtime, pitch);
        form.setColspan(title, 2);
        form.setColspan(pitch, 2);
        notice.addClassName("nomination-notice");
        notice.getElement().setAttribute("role", "alert");
        add(form, notice);
        var save = new Button("Nominate", e -> save(false));
        DialogActions.cancelOr(this, save);
        addOpenedChangeListener(e -> title.focus());
    }

    NominationInput input() {
        return new NominationInput(
                title.getValue(), year.getValue(), director.getValue(), runtime.getValue(), pitch.getValue());
    }

    private void save(boolean evenIfClubHasIt) {
        notice.removeAll();
        errors.clear();
        try {
            nominations.nominate(slug, input(), evenIfClubHasIt);
            Notifications.success(title.getValue().strip() + " is nominated.");
            close();
            saved.run();
        } catch (AlreadyNominatedException duplicate) {
            var link =
                    new Anchor(AppPaths.club(slug) + "#nomination-" + duplicate.nominationId(), "See that nomination");
            link.getElement().addEventListener("click", e -> close());
            notice.add(new Span(duplicate.getMessage() + " "), link);
        } catch (FilmInClubException inClub) {
            var anyway = new Button("Nominate anyway", e -> save(true));
            anyway.addThemeVariants(ButtonVariant.LUMO_SMALL);
            notice.add(new Span(inClub.getMessage() + " "), anyway);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (ContentNotFoundException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}

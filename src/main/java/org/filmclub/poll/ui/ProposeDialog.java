package org.filmclub.poll.ui;

import static org.filmclub.poll.DatePollLimits.NOTE_MAX;
import static org.filmclub.poll.DatePollLimits.TIMES_MAX;
import static org.filmclub.poll.DatePollLimits.TIMES_MIN;
import static org.filmclub.screening.ScreeningLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.TimeZoneField;
import org.filmclub.film.FilmSummary;
import org.filmclub.poll.DatePollInput;
import org.filmclub.poll.DatePollService;

/** A host proposes two to eight times for a screening of a film, in their own zone, and says where it will be. */
class ProposeDialog extends Dialog {

    final Select<FilmSummary> film = new Select<>();
    final List<DateTimePicker> times = new ArrayList<>();
    final TimeZoneField zone = new TimeZoneField("Time zone");
    final IntegerField duration = new IntegerField("Length (minutes)");
    final TextField venue = new TextField("Place");
    final TextField link = new TextField("Online link");
    final IntegerField seats = new IntegerField("Seats (empty: no limit)");
    final TextArea note = new TextArea("Note");
    private final Div timeList = new Div();
    private final FormMessage timesMessage = new FormMessage();
    private final Button addTime = new Button("Add another time", VaadinIcon.PLUS.create());

    ProposeDialog(DatePollService polls, String slug, List<FilmSummary> films, ZoneId hostZone, LongConsumer proposed) {
        setHeaderTitle("Find a date");
        setWidth("min(44rem, 100vw)");
        film.setLabel("Film");
        film.setItems(films);
        film.setItemLabelGenerator(f -> f.title() + " (" + f.year() + ")");
        film.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                duration.setValue(e.getValue().runtimeMinutes() + DISCUSSION_MINUTES);
            }
        });
        timeList.addClassName("date-times");
        addTime.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addTime.addClickListener(e -> addTime());
        for (var i = 0; i < TIMES_MIN; i++) {
            addTime();
        }
        zone.setValue(hostZone.getId());
        zone.setHelperText("Every time above is in this zone; each member sees it in their own.");
        duration.setMin(DURATION_MIN);
        duration.setMax(DURATION_MAX);
        venue.setMaxLength(VENUE_MAX);
        link.setMaxLength(LINK_MAX);
        link.setPlaceholder("https://");
        seats.setMin(1);
        seats.setMax(SEATS_MAX);
        note.setMaxLength(NOTE_MAX);
        note.setHelperText("Optional, for example which evenings you have in mind.");
        if (!films.isEmpty()) {
            film.setValue(films.get(0));
            duration.setValue(films.get(0).runtimeMinutes() + DISCUSSION_MINUTES);
        }
        var form = new FormLayout(zone, duration, venue, link, seats, note);
        form.setColspan(note, 2);
        film.setWidthFull();
        add(film, new Div(timesMessage, timeList, addTime), form);
        var save = new Button("Propose these times", e -> save(polls, slug, proposed));
        DialogActions.cancelOr(this, save);
        addOpenedChangeListener(e -> film.focus());
    }

    private void addTime() {
        var number = times.size() + 1;
        var picker = new DateTimePicker("Time " + number);
        picker.setStep(Duration.ofMinutes(15));
        times.add(picker);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove time " + number);
        var row = new Div(picker, remove);
        row.addClassName("date-time-row");
        // On a phone the date and time fields stack and the row wraps, rather than pushing the dialog wider.
        row.getStyle().set("display", "flex").set("align-items", "end").set("gap", "var(--lumo-space-s)");
        picker.getStyle().set("flex", "1 1 auto").set("min-width", "0").set("max-width", "100%");
        remove.addClickListener(e -> {
            // What was typed in the others stays; only their numbers move up.
            times.remove(picker);
            timeList.remove(row);
            renumber();
        });
        timeList.add(row);
        renumber();
    }

    private void renumber() {
        for (var i = 0; i < times.size(); i++) {
            times.get(i).setLabel("Time " + (i + 1));
        }
        addTime.setEnabled(times.size() < TIMES_MAX);
    }

    DatePollInput input() {
        return new DatePollInput(
                film.getValue() == null ? null : film.getValue().id(),
                times.stream().map(DateTimePicker::getValue).toList(),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue()),
                duration.getValue(),
                venue.getValue(),
                link.getValue(),
                seats.getValue(),
                note.getValue());
    }

    private FieldErrors errors() {
        var errors = new FieldErrors()
                .bind("filmId", film)
                .bind("times", timesMessage)
                .bind("zone", zone)
                .bind("durationMinutes", duration)
                .bind("venue", venue)
                .bind("onlineLink", link)
                .bind("seatLimit", seats)
                .bind("note", note);
        for (var i = 0; i < times.size(); i++) {
            errors.bind("time." + i, times.get(i));
        }
        return errors;
    }

    private void save(DatePollService polls, String slug, LongConsumer proposed) {
        for (var number : new IntegerField[] {duration, seats}) {
            if (number.isInvalid() && number.isEmpty()) {
                number.setErrorMessage("Type a whole number");
                return;
            }
        }
        var errors = errors();
        try {
            var id = polls.propose(slug, input());
            errors.clear();
            Notifications.success("Times proposed; members can answer now.");
            close();
            proposed.accept(id);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (ContentNotFoundException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    /** A message about all the times at once ("at least two"), read out when it appears. */
    static class FormMessage extends Div implements com.vaadin.flow.component.HasValidation {

        FormMessage() {
            addClassName("form-message");
            getElement().setAttribute("role", "alert");
            getStyle().set("color", "var(--lumo-error-text-color)");
            setVisible(false);
        }

        @Override
        public void setErrorMessage(String message) {
            setText(message == null ? "" : message);
        }

        @Override
        public String getErrorMessage() {
            return getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return isVisible();
        }
    }
}

package org.filmclub.screening.ui;

import static org.filmclub.screening.ScreeningLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.TimeZoneField;
import org.filmclub.film.FilmSummary;
import org.filmclub.screening.ScreeningCard;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.filmclub.screening.SeatsWouldMoveException;

/** Schedules a screening or changes one: film, local start in a time zone, length, place, seats, note. */
class ScheduleDialog extends Dialog {

    final Select<FilmSummary> film = new Select<>();
    final DateTimePicker start = new DateTimePicker("Starts");
    final TimeZoneField zone = new TimeZoneField("Time zone");
    final IntegerField duration = new IntegerField("Length (minutes)");
    final TextField venue = new TextField("Place");
    final TextField link = new TextField("Online link");
    final IntegerField seats = new IntegerField("Seats (empty: no limit)");
    final TextArea note = new TextArea("Note");
    private final FieldErrors errors = new FieldErrors();

    ScheduleDialog(
            ScreeningService screenings,
            String slug,
            List<FilmSummary> films,
            ZoneId hostZone,
            Optional<ScreeningCard> existing,
            Runnable saved) {
        setHeaderTitle(existing.isPresent() ? "Change the screening" : "Schedule a screening");
        setWidth("min(44rem, 100vw)");
        film.setLabel("Film");
        film.setItems(films);
        film.setItemLabelGenerator(f -> f.title() + " (" + f.year() + ")");
        film.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                duration.setValue(e.getValue().runtimeMinutes() + DISCUSSION_MINUTES);
            }
        });
        start.setStep(java.time.Duration.ofMinutes(15));
        zone.setValue(hostZone.getId());
        duration.setMin(DURATION_MIN);
        duration.setMax(DURATION_MAX);
        duration.setHelperText("The film plus " + DISCUSSION_MINUTES + " minutes of talk, unless you say otherwise");
        venue.setMaxLength(VENUE_MAX);
        venue.setPlaceholder("Ana's living room, 3rd floor");
        link.setMaxLength(LINK_MAX);
        link.setPlaceholder("https://");
        seats.setMin(1);
        seats.setMax(SEATS_MAX);
        note.setMaxLength(NOTE_MAX);
        errors.bind("filmId", film)
                .bind("start", start)
                .bind("zone", zone)
                .bind("durationMinutes", duration)
                .bind("venue", venue)
                .bind("onlineLink", link)
                .bind("seatLimit", seats)
                .bind("note", note);
        var form = new FormLayout(film, start, zone, duration, venue, link, seats, note);
        form.setColspan(film, 2);
        form.setColspan(note, 2);
        add(form);
        existing.ifPresentOrElse(
                s -> {
                    films.stream().filter(f -> f.id() == s.filmId()).findFirst().ifPresent(film::setValue);
                    start.setValue(LocalDateTime.ofInstant(
                            s.when().startsAt(), s.when().zone()));
                    zone.setValue(s.when().zone().getId());
                    duration.setValue((int) java.time.Duration.between(
                                    s.when().startsAt(), s.when().endsAt())
                            .toMinutes());
                    venue.setValue(s.place().venue());
                    link.setValue(s.place().onlineLink());
                    seats.setValue(s.seatLimit());
                    note.setValue(s.note());
                },
                () -> {
                    if (!films.isEmpty()) {
                        film.setValue(films.get(0));
                        duration.setValue(films.get(0).runtimeMinutes() + DISCUSSION_MINUTES);
                    }
                });
        var save = new Button(
                existing.isPresent() ? "Save changes" : "Schedule",
                e -> save(screenings, slug, existing, saved, false));
        DialogActions.cancelOr(this, save);
        addOpenedChangeListener(e -> film.focus());
    }

    ScreeningInput input() {
        return new ScreeningInput(
                film.getValue() == null ? null : film.getValue().id(),
                start.getValue(),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue()),
                duration.getValue(),
                venue.getValue(),
                link.getValue(),
                seats.getValue(),
                note.getValue());
    }

    private void save(
            ScreeningService screenings,
            String slug,
            Optional<ScreeningCard> existing,
            Runnable saved,
            boolean moveToWaitlist) {
        for (var number : new IntegerField[] {duration, seats}) {
            if (number.isInvalid() && number.isEmpty()) {
                // The browser could not read what was typed; better to ask than to save "no limit".
                number.setErrorMessage("Type a whole number");
                return;
            }
        }
        var input = input();
        try {
            if (existing.isPresent()) {
                screenings.edit(slug, existing.get().id(), input, moveToWaitlist);
            } else {
                screenings.schedule(slug, input);
            }
            var resolved = input.start() == null || input.zone() == null ? null : screenings.resolve(input);
            Notifications.success(
                    resolved != null && resolved.note().isPresent()
                            ? resolved.note().get()
                            : existing.isPresent()
                                    ? "Screening changed; everyone who answered is told."
                                    : "Screening scheduled.");
            close();
            saved.run();
        } catch (SeatsWouldMoveException seatsTaken) {
            Confirm.destructive(
                    "Fewer seats than members going?",
                    seatsTaken.getMessage(),
                    "Move them to the waitlist",
                    () -> save(screenings, slug, existing, saved, true));
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (ContentNotFoundException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}

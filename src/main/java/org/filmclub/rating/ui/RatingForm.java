package org.filmclub.rating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.rating.FilmRatings;
import org.filmclub.rating.RatingInput;
import org.filmclub.rating.RatingLimits;
import org.filmclub.rating.Stars;

/**
 * The member's own rating: stars in half steps (a select, so keys choose them and each is read out as "3½
 * stars"), an optional take and the day watched. A refused rating keeps everything the member entered.
 */
final class RatingForm extends Div {

    /** Sends the rating; the caller makes the one service call. */
    interface Rate {
        void rate(RatingInput input);
    }

    final Select<Integer> stars = new Select<>();
    final TextArea take = new TextArea("Your take (optional)");
    final DatePicker watchedOn = new DatePicker("Watched on");
    final Button rate = new Button("Rate");
    private final Paragraph mine = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    RatingForm(Clock clock, ZoneId zone, Rate action, Consumer<RuntimeException> refused) {
        addClassName("rating-form");
        stars.setLabel("Your rating");
        stars.setItems(IntStream.rangeClosed(RatingLimits.HALVES_MIN, RatingLimits.HALVES_MAX)
                .map(h -> RatingLimits.HALVES_MAX + RatingLimits.HALVES_MIN - h)
                .boxed()
                .toList());
        stars.setItemLabelGenerator(Stars::label);
        stars.setPlaceholder("Choose stars");
        take.setMaxLength(RatingLimits.TAKE_MAX);
        take.setHelperText(
                "A few words for the club; Markdown as in messages, up to " + RatingLimits.TAKE_MAX + " characters.");
        take.setWidthFull();
        var today = LocalDate.now(clock.withZone(zone));
        watchedOn.setMax(today);
        watchedOn.setMin(RatingLimits.WATCHED_EARLIEST);
        watchedOn.setValue(today);
        rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rate.addClassName("rate-button");
        rate.addClickListener(e -> {
            errors.clear();
            try {
                var halves = stars.getValue();
                action.rate(
                        halves == null
                                ? new RatingInput(null, take.getValue(), watchedOn.getValue())
                                : RatingInput.ofHalves(halves, take.getValue(), watchedOn.getValue()));
                Notifications.success("Rated " + Stars.label(halves) + ".");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ContentNotFoundException | NotPermittedException gone) {
                refused.accept(gone);
            }
        });
        errors.bind("stars", stars).bind("take", take).bind("watchedOn", watchedOn);
        mine.addClassName("my-rating");
        var fields = new Div(stars, watchedOn);
        fields.addClassName("rating-fields");
        add(mine, fields, take, rate);
        show(Optional.empty());
    }

    /** What the member gave so far: their first and latest stars, and the form set to the latest. */
    void show(Optional<FilmRatings.MemberRating> rating) {
        if (rating.isEmpty()) {
            mine.setText("You have not rated this film yet.");
            rate.setText("Rate");
            return;
        }
        var r = rating.get();
        mine.setText(
                r.moved()
                        ? "Your rating: " + Stars.shift(r.first(), r.latest()) + " stars (first, then latest)."
                        : "Your rating: " + Stars.label(r.latest()) + ".");
        rate.setText("Rate again");
        if (stars.isEmpty()) {
            stars.setValue(r.latest());
        }
    }
}

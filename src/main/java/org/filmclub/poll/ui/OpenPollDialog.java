package org.filmclub.poll.ui;

import static org.filmclub.poll.PollLimits.POLL_TITLE_MAX;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.TimeZoneField;
import org.filmclub.poll.NominationCard;
import org.filmclub.poll.PollInput;
import org.filmclub.poll.PollLimits;
import org.filmclub.poll.PollService;

/** A host opens a poll on some open nominations, closing at a time in a zone of their choosing. */
class OpenPollDialog extends Dialog {

    final TextField question = new TextField("Question");
    final CheckboxGroup<NominationCard> choices = new CheckboxGroup<>("Films to choose from");
    final DateTimePicker closes = new DateTimePicker("Closes");
    final TimeZoneField zone = new TimeZoneField("Time zone");
    final Checkbox sealed = new Checkbox("Sealed: show results only when it closes");
    private final FieldErrors errors = new FieldErrors();

    OpenPollDialog(PollService polls, String slug, List<NominationCard> open, ZoneId hostZone, LongConsumer opened) {
        setHeaderTitle("Open a poll");
        setWidth("min(40rem, 100vw)");
        question.setMaxLength(POLL_TITLE_MAX);
        question.setPlaceholder(PollLimits.DEFAULT_TITLE);
        choices.setItems(open);
        choices.setItemLabelGenerator(NominationCard::label);
        choices.setHelperText("At least " + PollLimits.CHOICES_MIN + ", at most " + PollLimits.CHOICES_MAX);
        closes.setStep(java.time.Duration.ofMinutes(15));
        zone.setValue(hostZone.getId());
        errors.bind("title", question)
                .bind("nominationIds", choices)
                .bind("closes", closes)
                .bind("zone", zone);
        var form = new FormLayout(question, choices, closes, zone, sealed);
        form.setColspan(question, 2);
        form.setColspan(choices, 2);
        form.setColspan(sealed, 2);
        add(form);
        var save = new Button("Open the poll", e -> save(polls, slug, opened));
        DialogActions.cancelOr(this, save);
        addOpenedChangeListener(e -> question.focus());
    }

    PollInput input() {
        return new PollInput(
                question.getValue(),
                choices.getSelectedItems().stream().map(NominationCard::id).toList(),
                closes.getValue(),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue()),
                sealed.getValue());
    }

    private void save(PollService polls, String slug, LongConsumer opened) {
        try {
            var id = polls.open(slug, input());
            Notifications.success("The poll is open.");
            close();
            opened.accept(id);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (ContentNotFoundException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}

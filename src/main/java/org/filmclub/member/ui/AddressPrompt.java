package org.filmclub.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Optional;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.member.AddressChange;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberLimits;
import org.filmclub.member.MemberService;

/**
 * Asks a member who has no email address for one, once: on the first page they open after addresses
 * came in. "Not now" or closing it lets them carry on, and the profile takes an address any time.
 */
@org.springframework.stereotype.Component
class AddressPrompt implements ShellPart {

    private final CurrentMember currentMember;
    private final MemberService members;

    AddressPrompt(CurrentMember currentMember, MemberService members) {
        this.currentMember = currentMember;
        this.members = members;
    }

    @Override
    public Place place() {
        return Place.APP_BAR;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Component> create() {
        if (currentMember.find().isEmpty()) {
            return Optional.empty();
        }
        var address = members.address();
        if (!address.missing() || address.asked()) {
            return Optional.empty();
        }
        members.dismissAddressPrompt();
        return Optional.of(dialog());
    }

    private Dialog dialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add your email address");
        dialog.addClassName("address-prompt");
        var email = new EmailField("Email address");
        email.setMaxLength(MemberLimits.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        var errors = new FieldErrors().bind("email", email);
        var save = new Button("Save address", click -> {
            try {
                var saved = members.changeAddress(new AddressChange(email.getValue()));
                dialog.close();
                Notifications.success("We mailed a link to " + saved.email() + ". Follow it to confirm the address.");
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var notNow = new Button("Not now", click -> dialog.close());
        dialog.add(
                new Paragraph("Filmclub can now mail you, and lets you set a new password if you forget yours."
                        + " We will not ask again: you can add an address on your profile any time."),
                email);
        dialog.getFooter().add(notNow, save);
        dialog.setOpened(true);
        return dialog;
    }
}

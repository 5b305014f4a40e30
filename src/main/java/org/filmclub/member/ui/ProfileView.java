package org.filmclub.member.ui;

import static org.filmclub.member.MemberLimits.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.TimeZoneField;
import org.filmclub.member.AddressChange;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberAddress;
import org.filmclub.member.MemberMail;
import org.filmclub.member.MemberService;
import org.filmclub.member.PasswordChange;
import org.filmclub.member.ProfileChange;

@Route("profile")
@PageTitle("Profile" + PageTitles.SUFFIX)
@PermitAll
public class ProfileView extends Main {

    ProfileView(MemberService members, MemberMail mail, CurrentMember currentMember) {
        addClassName("page");
        var me = currentMember.require();

        var displayName = new TextField("Display name");
        displayName.setMaxLength(DISPLAY_NAME_MAX);
        displayName.setRequired(true);
        displayName.setValue(me.displayName());
        var timeZone = new TimeZoneField("Time zone");
        timeZone.setValue(me.timeZone().getId());
        var profileErrors = new FieldErrors().bind("displayName", displayName).bind("timeZone", timeZone);
        var saveProfile = new Button("Save profile", click -> {
            try {
                members.updateProfile(new ProfileChange(displayName.getValue(), timeZone.getValue()));
                profileErrors.clear();
                Notifications.success("Profile saved");
            } catch (InvalidInputException e) {
                profileErrors.show(e);
            }
        });
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var address = members.address();
        var email = new EmailField("Email address");
        email.setMaxLength(EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setValue(address.email() == null ? "" : address.email());
        var addressState = new Paragraph();
        addressState.addClassName("address-state");
        var resend = new Button("Mail the link again", click -> {
            members.resendVerification();
            Notifications.success("We mailed a new link; the one before no longer works.");
        });
        showAddress(addressState, resend, address);
        var emailErrors = new FieldErrors().bind("email", email);
        var saveAddress = new Button("Save address", click -> {
            try {
                var saved = members.changeAddress(new AddressChange(email.getValue()));
                emailErrors.clear();
                email.setValue(saved.email());
                showAddress(addressState, resend, saved);
                Notifications.success(
                        saved.verified()
                                ? "That is your address already."
                                : "We mailed a link to " + saved.email() + ". Follow it to confirm the address.");
            } catch (InvalidInputException e) {
                emailErrors.show(e);
            }
        });

        var current = new PasswordField("Current password");
        current.setMaxLength(PASSWORD_MAX);
        var fresh = new PasswordField("New password");
        fresh.setMinLength(PASSWORD_MIN);
        fresh.setMaxLength(PASSWORD_MAX);
        fresh.setHelperText("At least " + PASSWORD_MIN + " characters");
        var passwordErrors = new FieldErrors().bind("currentPassword", current).bind("newPassword", fresh);
        var changePassword = new Button("Change password", click -> {
            try {
                members.changePassword(new PasswordChange(current.getValue(), fresh.getValue()));
                passwordErrors.clear();
                current.clear();
                fresh.clear();
                Notifications.success(
                        "Password changed. Your other browsers are logged out and will ask for the new one.");
            } catch (InvalidInputException e) {
                passwordErrors.show(e);
            }
        });

        var heading = new Div(new H1("Your profile"), new Paragraph("Signed in as @" + me.username()));
        heading.addClassName("profile-heading");
        add(
                heading,
                card("About you", null, new FormLayout(displayName, timeZone), actions(saveProfile)),
                card("Email address", "email-card", addressState, new FormLayout(email), actions(saveAddress, resend)),
                card("Mail", "mail-card", new MailChoices(mail)),
                card("Password", "password-card", new FormLayout(current, fresh), actions(changePassword)));
    }

    /** A card headed like every other page's, with its class for what it holds. */
    private static Section card(String heading, String className, Component... content) {
        var header = new Div(new H2(heading));
        header.addClassName("section-header");
        var card = new Section(header);
        card.add(content);
        card.addClassName("card");
        if (className != null) {
            card.addClassName(className);
        }
        return card;
    }

    /** A card's buttons, as wide as their words, at the end of the card. */
    private static Div actions(Button... buttons) {
        var row = new Div(buttons);
        row.addClassName("form-actions");
        return row;
    }

    private static void showAddress(Paragraph state, Button resend, MemberAddress address) {
        state.setText(
                address.missing()
                        ? "You have not given an address yet. Without one you cannot set a new password if you forget it."
                        : address.verified()
                                ? address.email() + " is confirmed."
                                : address.email()
                                        + " is waiting for you to follow the link we mailed to it; until then nothing"
                                        + " else is sent there.");
        resend.setVisible(!address.missing() && !address.verified());
    }
}

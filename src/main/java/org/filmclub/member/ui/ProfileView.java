package org.filmclub.member.ui;

import static org.filmclub.member.MemberLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.TimeZoneField;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberService;
import org.filmclub.member.PasswordChange;
import org.filmclub.member.ProfileChange;

@Route("profile")
@PageTitle("Profile · Filmclub")
@PermitAll
public class ProfileView extends Main {

    ProfileView(MemberService members, CurrentMember currentMember) {
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

        add(
                new H1("Your profile"),
                new Paragraph("Signed in as @" + me.username()),
                new FormLayout(displayName, timeZone),
                saveProfile,
                new H2("Password"),
                new FormLayout(current, fresh),
                changePassword);
    }
}

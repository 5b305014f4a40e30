package org.filmclub.security.ui;

import static org.filmclub.member.MemberLimits.PASSWORD_MAX;
import static org.filmclub.member.MemberLimits.PASSWORD_MIN;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.member.LinkNoLongerWorksException;
import org.filmclub.member.PasswordReset;
import org.filmclub.member.PasswordResets;

/** The mailed link's page: a new password, or word that the link no longer works and a way to ask again. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Set a new password" + PageTitles.SUFFIX)
@AnonymousAllowed
public class ResetPasswordView extends Main implements HasUrlParameter<String> {

    static final String NO_LONGER_WORKS = "This link no longer works: it was used already, it is more than 30"
            + " minutes old, or a newer link was asked for. Ask for a new one; it works for 30 minutes.";

    private final PasswordResets resets;
    private final VerticalLayout card = new VerticalLayout();

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("centered-page");
        card.addClassName("card");
        card.setPadding(false);
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        if (resets.linkWorks(token)) {
            showForm(token);
        } else {
            showExpired();
        }
    }

    private void showForm(String token) {
        card.removeAll();
        var fresh = new PasswordField("New password");
        fresh.setMinLength(PASSWORD_MIN);
        fresh.setMaxLength(PASSWORD_MAX);
        fresh.setRequired(true);
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fresh.setHelperText("At least " + PASSWORD_MIN + " characters");
        fresh.setAutofocus(true);
        fresh.setWidthFull();
        var errors = new FieldErrors().bind("newPassword", fresh);
        var save = new Button("Set new password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickListener(click -> {
            try {
                resets.setPassword(token, new PasswordReset(fresh.getValue()));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(LoginView.PASSWORD_RESET, "")));
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (LinkNoLongerWorksException e) {
                showExpired();
            }
        });
        save.addClickShortcut(Key.ENTER).listenOn(card);
        card.add(
                new H1("Set a new password"),
                new Paragraph("Choose a new password. Every browser logged in with the old one is logged out."),
                fresh,
                save);
    }

    private void showExpired() {
        card.removeAll();
        card.add(
                new H1("This link no longer works"),
                new Paragraph(NO_LONGER_WORKS),
                new Paragraph(new RouterLink("Ask for a new link", ForgotPasswordView.class)),
                new Paragraph(new RouterLink("Back to log in", LoginView.class)));
    }
}

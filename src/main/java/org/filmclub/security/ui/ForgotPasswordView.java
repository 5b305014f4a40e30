package org.filmclub.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.member.MemberLimits;
import org.filmclub.member.PasswordResets;
import org.filmclub.security.ClientAddress;

/**
 * Asking for a link to set a new password. The answer is the same whether or not anyone has the address
 * or username typed, so the page tells no one who is a member.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot your password?" + PageTitles.SUFFIX)
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    static final String SENT = "If an account has that address or username and a confirmed email address,"
            + " a link to set a new password is on its way there. It works once, for 30 minutes."
            + " Nothing arrived? Look in your spam folder, or ask again in a few minutes.";

    ForgotPasswordView(PasswordResets resets) {
        addClassName("centered-page");
        var addressOrUsername = new TextField("Email address or username");
        addressOrUsername.setMaxLength(MemberLimits.ADDRESS_OR_USERNAME_MAX);
        addressOrUsername.setRequired(true);
        addressOrUsername.setAutocomplete(Autocomplete.EMAIL);
        addressOrUsername.setAutofocus(true);
        addressOrUsername.setWidthFull();
        var errors = new FieldErrors().bind("addressOrUsername", addressOrUsername);
        var sent = new Div();
        sent.addClassNames("form-alert", "info");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);

        var send = new Button("Mail me a link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(click -> {
            try {
                resets.requestLink(addressOrUsername.getValue(), ClientAddress.current());
                errors.clear();
                sent.setText(SENT);
                sent.setVisible(true);
            } catch (InvalidInputException e) {
                sent.setVisible(false);
                errors.show(e);
            }
        });

        var card = new VerticalLayout(
                new H1("Forgot your password?"),
                new Paragraph("Type the email address you confirmed on Filmclub, or your username,"
                        + " and we mail you a link to set a new password."),
                sent,
                addressOrUsername,
                send,
                new Paragraph(new RouterLink("Back to log in", LoginView.class)));
        card.addClassName("card");
        card.setPadding(false);
        send.addClickShortcut(Key.ENTER).listenOn(card);
        add(card);
    }
}

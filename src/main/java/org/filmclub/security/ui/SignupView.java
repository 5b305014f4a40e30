package org.filmclub.security.ui;

import static org.filmclub.member.MemberLimits.*;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.TimeZoneField;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.filmclub.security.InviteAtLogin;

/** Creating an account; on success the browser logs straight in with what the member typed. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up" + PageTitles.SUFFIX)
@AnonymousAllowed
public class SignupView extends Main implements BeforeEnterObserver {

    private final PostForm form = new PostForm("login");
    private final Paragraph intro = new Paragraph();
    private final RouterLink logIn = new RouterLink("Log in", LoginView.class);

    SignupView(MemberService members) {
        addClassName("centered-page");
        var username = PostForm.named(new TextField("Username"), "username");
        username.setMinLength(USERNAME_MIN);
        username.setMaxLength(USERNAME_MAX);
        username.setPattern(USERNAME_PATTERN);
        username.setRequired(true);
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setHelperText("3–32 letters, digits, dots, dashes or underscores");
        username.setAutofocus(true);
        var displayName = new TextField("Display name");
        displayName.setMaxLength(DISPLAY_NAME_MAX);
        displayName.setRequired(true);
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.setHelperText("How your club sees you, such as Ana Ruiz");
        var email = new EmailField("Email address");
        email.setMaxLength(EMAIL_MAX);
        email.setRequired(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setHelperText("We mail a link to confirm it, and to reset a forgotten password");
        var password = PostForm.named(new PasswordField("Password"), "password");
        password.setMinLength(PASSWORD_MIN);
        password.setMaxLength(PASSWORD_MAX);
        password.setRequired(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least " + PASSWORD_MIN + " characters");
        var timeZone = new TimeZoneField("Time zone");
        timeZone.defaultFromBrowser();
        for (var field : new HasSize[] {username, displayName, email, password}) {
            field.setWidthFull();
        }
        var errors = new FieldErrors()
                .bind("username", username)
                .bind("displayName", displayName)
                .bind("email", email)
                .bind("password", password)
                .bind("timeZone", timeZone);

        var create = new Button("Create account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setWidthFull();
        create.setDisableOnClick(true);
        create.addClickShortcut(Key.ENTER).listenOn(form);
        create.addClickListener(click -> {
            var created = false;
            try {
                members.signUp(new SignUp(
                        username.getValue(),
                        displayName.getValue(),
                        password.getValue(),
                        timeZone.getValue(),
                        email.getValue()));
                created = true;
                errors.clear();
                form.submit();
            } catch (InvalidInputException e) {
                errors.show(e);
            } finally {
                create.setEnabled(!created);
            }
        });
        form.addClassName("card");
        form.add(
                new H1("Join Filmclub"),
                intro,
                username,
                displayName,
                email,
                password,
                timeZone,
                create,
                new Paragraph(new Span("Already a member? "), logIn));
        add(form);
    }

    /**
     * Whether the member chose "Create an account" on an invite's page, so that the login after it
     * joins them to its club; the page may be reused for a sign-up without one, so every visit sets it anew.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var invite = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(InviteAtLogin.PARAMETER)
                .flatMap(InviteAtLogin::code)
                .orElse(null);
        form.carry(InviteAtLogin.PARAMETER, invite);
        intro.setText(
                invite == null
                        ? "One account for all your film clubs."
                        : "Create your account, and you will join the club that invited you right after.");
        logIn.setQueryParameters(
                invite == null ? QueryParameters.empty() : QueryParameters.of(InviteAtLogin.PARAMETER, invite));
    }
}

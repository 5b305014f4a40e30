package org.filmclub.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberLimits;
import org.filmclub.security.InviteAtLogin;
import org.filmclub.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in" + PageTitles.SUFFIX)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Wrong username or password. Check them and try again.";
    /** Session attribute with the username of the last failed attempt, so the form can offer it again. */
    public static final String LAST_USERNAME = "filmclub.login.lastUsername";
    /** The query parameter that says a new password was just set with a mailed link. */
    static final String PASSWORD_RESET = "password-reset";

    private final Clock clock;
    private final CurrentMember currentMember;
    private final Div alert = new Div();
    private final TextField username = PostForm.named(new TextField("Username"), "username");
    private final PasswordField password = PostForm.named(new PasswordField("Password"), "password");
    private final PostForm form = new PostForm("login");
    private final Paragraph intro = new Paragraph();
    private final RouterLink signUp = new RouterLink("Create an account", SignupView.class);

    LoginView(Clock clock, CurrentMember currentMember) {
        this.clock = clock;
        this.currentMember = currentMember;
        addClassName("centered-page");
        alert.addClassName("form-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);

        username.setMaxLength(MemberLimits.USERNAME_MAX);
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setAutofocus(true);
        username.setWidthFull();
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        var remember = PostForm.named(new Checkbox("Remember me on this device"), "remember-me");
        var submit = new Button("Log in");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();

        form.addClassName("card");
        form.add(
                new H1("Filmclub"),
                intro,
                alert,
                username,
                password,
                remember,
                submit,
                new Paragraph(new RouterLink("Forgot your password?", ForgotPasswordView.class)),
                new Paragraph(new Span("New here? "), signUp));
        form.submitFromBrowser(submit);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentMember.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        var query = event.getLocation().getQueryParameters();
        var params = query.getParameters();
        var invite = query.getSingleParameter(InviteAtLogin.PARAMETER).flatMap(InviteAtLogin::code);
        if (params.containsKey("error")) {
            showAlert(lastLoginError(), true);
            invite = InviteAtLogin.lastPosted(VaadinSession.getCurrent().getSession());
        } else if (params.containsKey("logout")) {
            showAlert("You are logged out. See you at the next screening.", false);
        } else if (params.containsKey("password-changed")) {
            showAlert(
                    "Your password was changed, so this browser was logged out. Log in with the new password.", false);
        } else if (params.containsKey(PASSWORD_RESET)) {
            showAlert(
                    "Your new password is set, and every browser logged in with the old one was logged out."
                            + " Log in with the new password.",
                    false);
        }
        carry(invite.orElse(null));
    }

    /**
     * Whether the member chose "Log in" on an invite's page, so that this login joins them to its
     * club; the page may be reused for a login without one, so every visit sets it anew.
     */
    private void carry(String invite) {
        form.carry(InviteAtLogin.PARAMETER, invite);
        intro.setText(
                invite == null
                        ? "Log in to talk films with your club."
                        : "Log in, and you will join the club that invited you right after.");
        signUp.setQueryParameters(
                invite == null ? QueryParameters.empty() : QueryParameters.of(InviteAtLogin.PARAMETER, invite));
    }

    private String lastLoginError() {
        var session = VaadinSession.getCurrent().getSession();
        var error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session.getAttribute(LAST_USERNAME) instanceof String last) {
            username.setValue(last);
            username.setAutofocus(false);
            password.setAutofocus(true);
        }
        if (error instanceof LoginThrottledException throttled) {
            var wait = Duration.between(clock.instant(), throttled.retryAt());
            var seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return "Too many failed attempts for this username. Wait " + seconds + " seconds, then try again.";
        }
        return WRONG_CREDENTIALS;
    }

    private void showAlert(String message, boolean error) {
        alert.setText(message);
        alert.setClassName("info", !error);
        alert.setVisible(true);
    }
}

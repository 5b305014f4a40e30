package org.filmclub.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.club.ui.ClubsView;
import org.filmclub.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends AbstractAppTest {

    @Test
    void anonymous_visitor_opening_a_club_page_lands_on_login() {
        UI.getCurrent().navigate(ClubsView.class);
        NavigatorKt.expectView(LoginView.class);
        assertThat(Screen.text()).contains("Log in to talk films with your club.");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Remember me on this device"))
                        .getValue())
                .isFalse();
    }

    @Test
    void a_member_already_logged_in_who_opens_login_goes_to_their_clubs() {
        loginAs(newMember("Ola Already"));
        UI.getCurrent().navigate(LoginView.class);
        NavigatorKt.expectView(ClubsView.class);
    }

    @Test
    void failed_login_says_so_without_telling_which_part_was_wrong() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.LAST_USERNAME, "Ana");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(Screen.text()).contains("Wrong username or password. Check them and try again.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Username")).getValue())
                .as("the username the member typed is offered again")
                .isEqualTo("Ana");
    }

    @Test
    void throttled_login_says_how_long_to_wait() {
        var now = clock.stop();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException(now.plusSeconds(30)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(Screen.text())
                .contains("Too many failed attempts for this username. Wait 30 seconds, then try again.");
    }

    @Test
    void a_browser_logged_out_by_a_new_password_is_told_why() {
        UI.getCurrent().navigate("login", QueryParameters.of("password-changed", ""));
        assertThat(Screen.text()).contains("Your password was changed, so this browser was logged out.");
    }
}

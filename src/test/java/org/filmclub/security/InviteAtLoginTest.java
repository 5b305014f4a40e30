package org.filmclub.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.club.ui.ClubHomeView;
import org.filmclub.club.ui.ClubsView;
import org.filmclub.club.ui.JoinView;
import org.filmclub.member.MemberProfile;
import org.filmclub.security.ui.LoginView;
import org.filmclub.security.ui.SignupView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A visitor who is not signed in and opens an invite link joins its club only by choosing "Log in"
 * or "Create an account" on the invite's page, never by logging in some other way later.
 */
class InviteAtLoginTest extends AbstractAppTest {

    @Autowired
    private MemberAuthentication authentication;

    private String inviteTo(MemberProfile host) {
        var slug = newClub(host);
        var code = clubService.home(slug).invite().orElseThrow().code();
        logout();
        return code;
    }

    private static void open(String href) {
        var location = new Location(href);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    /** Opens the invite page, as a link or another site would, and follows one of its links. */
    private static void chooseOnTheInvitePage(String code, String link) {
        UI.getCurrent().navigate("join/" + code);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text()).contains("You are invited to");
        open(_get(Anchor.class, spec -> spec.withText(link)).getHref());
    }

    /**
     * Posts the login or sign-up form on screen as the browser does: every named field of it, with
     * what it holds, goes to the password check. A right password then signs the member in.
     */
    private void postTheForm(String username, String password) {
        var form = _get(
                        Component.class,
                        spec -> spec.withPredicate(c -> c.getElement().getTag().equals("form")))
                .getElement();
        var post = new MockHttpServletRequest("POST", "/login");
        post.setSession(
                VaadinServletRequest.getCurrent().getHttpServletRequest().getSession());
        descendants(form)
                .filter(e -> e.hasAttribute("name") && e.hasProperty("value"))
                .forEach(e -> post.addParameter(e.getAttribute("name"), e.getProperty("value")));
        post.setParameter("username", username);
        post.setParameter("password", password);
        var before = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(post));
        try {
            authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } finally {
            RequestContextHolder.setRequestAttributes(before);
        }
        loginAs(memberService
                .profilesByUsername(List.of(username))
                .values()
                .iterator()
                .next());
        UI.getCurrent().navigate("");
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(InviteAtLoginTest::descendants));
    }

    @Test
    void a_visitor_sent_to_an_invite_link_by_another_site_who_logs_in_later_from_the_login_page_joins_no_club() {
        var code = inviteTo(newMember("Ari Lure"));
        var visitor = newMember("Bea Visitor");

        UI.getCurrent().navigate("join/" + code);
        NavigatorKt.expectView(JoinView.class);
        UI.getCurrent().navigate(LoginView.class);
        postTheForm(visitor.username(), PASSWORD);

        NavigatorKt.expectView(ClubsView.class);
        assertThat(clubService.myClubs()).isEmpty();
        assertThat(Screen.text()).contains("You are not in a club yet.");
    }

    @Test
    void a_login_page_with_an_invite_opened_by_another_site_joins_no_one_who_logs_in_from_a_plain_one() {
        var code = inviteTo(newMember("Cai Lure"));
        var visitor = newMember("Dov Visitor");

        open("login?invite=" + code);
        UI.getCurrent().navigate(LoginView.class);
        postTheForm(visitor.username(), PASSWORD);

        assertThat(clubService.myClubs()).isEmpty();
    }

    @Test
    void a_visitor_who_chooses_log_in_on_the_invite_page_joins_right_after_logging_in() {
        var code = inviteTo(newMember("Eli Host"));
        var newcomer = newMember("Fay Newcomer");

        chooseOnTheInvitePage(code, "Log in");
        NavigatorKt.expectView(LoginView.class);
        assertThat(Screen.text()).contains("you will join the club that invited you");
        postTheForm(newcomer.username(), PASSWORD);

        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(Screen.text()).contains("Members (2)").contains("@" + newcomer.username());
        assertThat(Screen.notifications()).anyMatch(n -> n.startsWith("Welcome to "));
    }

    @Test
    void a_mistyped_password_on_the_way_from_the_invite_page_still_joins_after_the_retry() {
        var code = inviteTo(newMember("Gil Host"));
        var newcomer = newMember("Hal Typo");

        chooseOnTheInvitePage(code, "Log in");
        assertThatThrownBy(() -> postTheForm(newcomer.username(), "not the password"))
                .isInstanceOf(BadCredentialsException.class);
        open("login?error");
        assertThat(Screen.text()).contains("Wrong username or password");
        postTheForm(newcomer.username(), PASSWORD);

        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(Screen.text()).contains("Members (2)").contains("@" + newcomer.username());
    }

    @Test
    void a_newcomer_who_chooses_create_an_account_on_the_invite_page_joins_right_after_signing_up() {
        var code = inviteTo(newMember("Ida Host"));
        var username = unique("jon.new").toLowerCase();

        chooseOnTheInvitePage(code, "Create an account");
        NavigatorKt.expectView(SignupView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), "Jon New");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), username + "@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        postTheForm(username, PASSWORD);

        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(Screen.text()).contains("Members (2)").contains("@" + username);
    }
}

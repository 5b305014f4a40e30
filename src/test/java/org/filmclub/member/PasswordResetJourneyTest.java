package org.filmclub.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.Date;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.InvalidInputException;
import org.filmclub.security.ui.ForgotPasswordView;
import org.filmclub.security.ui.LoginView;
import org.filmclub.security.ui.ResetPasswordView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

class PasswordResetJourneyTest extends AbstractAppTest {

    @Autowired
    GreenMail smtp;

    @Autowired
    PasswordResets resets;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PersistentTokenRepository rememberedLogins;

    AccountInbox inbox;

    @BeforeEach
    void inbox() {
        inbox = new AccountInbox(smtp);
    }

    /** A member whose address is confirmed; the confirmation was their address's first mail. */
    private MemberProfile confirmedMember(String name) {
        var member = newMember(name);
        memberService.verifyAddress(inbox.awaitLink(address(member), 1).token());
        return member;
    }

    private static String address(MemberProfile member) {
        return member.username() + "@example.org";
    }

    private String askOnThePage(String typed) {
        MockVaadin.tearDown();
        setUpVaadin();
        UI.getCurrent().navigate(LoginView.class);
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Forgot your password?")));
        NavigatorKt.expectView(ForgotPasswordView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Email address or username")), typed);
        _click(_get(Button.class, spec -> spec.withText("Mail me a link")));
        return Screen.text();
    }

    @Test
    void the_page_says_the_same_for_a_known_and_an_unknown_address_and_mails_only_the_member() {
        var member = confirmedMember("Fay Forget");
        var unknown = unique("nobody").toLowerCase() + "@example.org";

        var known = askOnThePage(address(member).toUpperCase());
        var notKnown = askOnThePage(unknown);

        assertThat(known)
                .contains("If an account has that address or username")
                .isEqualTo(notKnown.replace(unknown, address(member).toUpperCase()));
        var link = inbox.awaitLink(address(member), 2);
        assertThat(link.kind()).isEqualTo("reset-password");
        assertThat(link.url()).startsWith("http://localhost:" + port + "/reset-password/");
        assertThat(inbox.to(unknown)).isEmpty();
    }

    @Test
    void the_link_sets_a_new_password_once_and_ends_remembered_logins() {
        var member = confirmedMember("Gil Gone");
        rememberedLogins.createNewToken(
                new PersistentRememberMeToken(member.username(), "series-" + member.id(), "value", new Date()));
        resets.requestLink(member.username(), "client-" + member.id());
        var link = inbox.awaitLink(address(member), 2);

        UI.getCurrent().navigate(link.path());
        NavigatorKt.expectView(ResetPasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "short");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));
        HasValidationUtilsKt._expectInvalid(
                _get(PasswordField.class, spec -> spec.withLabel("New password")),
                "A password has 10 to 64 characters");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password"))
                        .getValue())
                .isEqualTo("short");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "my brand new password");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));
        NavigatorKt.expectView(LoginView.class);
        assertThat(Screen.text()).contains("Your new password is set").contains("Log in with the new password");
        var hash = memberService.credentials(member.username()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("my brand new password", hash)).isTrue();
        assertThat(rememberedLogins.getTokenForSeries("series-" + member.id())).isNull();

        UI.getCurrent().navigate(link.path());
        assertThat(Screen.text()).contains("This link no longer works");
        assertThat(_find(PasswordField.class)).isEmpty();
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Ask for a new link")));
        NavigatorKt.expectView(ForgotPasswordView.class);
        assertThatThrownBy(() -> resets.setPassword(link.token(), new PasswordReset("another new password")))
                .isInstanceOf(LinkNoLongerWorksException.class);
    }

    @Test
    void the_link_no_longer_works_after_thirty_minutes() {
        var member = confirmedMember("Hal Late");
        var asked = clock.stop();
        resets.requestLink(address(member), "client-" + member.id());
        var link = inbox.awaitLink(address(member), 2);

        clock.stopAt(asked.plus(Duration.ofMinutes(29)));
        assertThat(resets.linkWorks(link.token())).isTrue();
        clock.stopAt(asked.plus(Duration.ofMinutes(30)));
        UI.getCurrent().navigate(link.path());
        assertThat(Screen.text()).contains("This link no longer works").contains("more than 30 minutes old");
        assertThatThrownBy(() -> resets.setPassword(link.token(), new PasswordReset("a late new password")))
                .isInstanceOf(LinkNoLongerWorksException.class);
        assertThat(passwordEncoder.matches(
                        PASSWORD,
                        memberService
                                .credentials(member.username())
                                .orElseThrow()
                                .passwordHash()))
                .isTrue();
    }

    @Test
    void a_newer_link_voids_the_older_one() {
        var member = confirmedMember("Ivy Twice");
        resets.requestLink(address(member), "client-" + member.id());
        var older = inbox.awaitLink(address(member), 2);
        resets.requestLink(member.username(), "client-" + member.id());
        var newer = inbox.awaitLink(address(member), 3);

        assertThat(newer.token()).isNotEqualTo(older.token());
        assertThat(resets.linkWorks(older.token())).isFalse();
        UI.getCurrent().navigate(older.path());
        assertThat(Screen.text()).contains("This link no longer works");
        assertThat(resets.setPassword(newer.token(), new PasswordReset("the newest password")))
                .isEqualTo(member.username());
    }

    @Test
    void an_unconfirmed_address_gets_no_link() {
        var member = newMember("Jo Unsure");
        inbox.awaitLink(address(member), 1);
        resets.requestLink(address(member), "client-" + member.id());
        var confirmed = confirmedMember("Kit Sure");
        resets.requestLink(address(confirmed), "client-" + confirmed.id());
        inbox.awaitLink(address(confirmed), 2);

        assertThat(inbox.to(address(member))).hasSize(1);
    }

    @Test
    void asking_is_throttled_per_address_and_per_client_alike_for_known_and_unknown_addresses() {
        var member = confirmedMember("Lu Limit");
        var unknown = unique("ghost").toLowerCase() + "@example.org";
        for (var typed : new String[] {address(member), unknown}) {
            for (int i = 0; i < 3; i++) {
                resets.requestLink(typed, unique("client"));
            }
            assertThatThrownBy(() -> resets.requestLink(typed, unique("client")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Slow down a little: at most 3 links for one address in 900 seconds.");
        }
        var client = unique("busy-client");
        for (int i = 0; i < 10; i++) {
            resets.requestLink(unique("someone").toLowerCase() + "@example.org", client);
        }
        assertThatThrownBy(() -> resets.requestLink(unique("one-more").toLowerCase() + "@example.org", client))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 10 links in 900 seconds");

        clock.stopAt(clock.instant().plus(Duration.ofMinutes(16)));
        resets.requestLink(address(member), unique("client"));
        inbox.awaitLink(address(member), 5);
    }

    @Test
    void a_line_break_in_what_is_typed_reaches_no_header() {
        var member = confirmedMember("Max Header");
        resets.requestLink(address(member) + "\r\nBcc: victim@example.org", unique("client"));
        assertThat(inbox.to("victim@example.org")).isEmpty();
        assertThat(inbox.to(address(member))).hasSize(1);
    }
}

package org.filmclub.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.member.ui.ProfileView;
import org.filmclub.member.ui.VerifyAddressView;
import org.filmclub.security.ui.SignupView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AddressJourneyTest extends AbstractAppTest {

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcClient jdbc;

    AccountInbox inbox;

    @BeforeEach
    void inbox() {
        inbox = new AccountInbox(smtp);
    }

    private void fillSignUp(String username, String email) {
        UI.getCurrent().navigate(SignupView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), "Mia Mail");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a long enough password");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, "Europe/Lisbon");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
    }

    private EmailField emailField() {
        return _get(EmailField.class, spec -> spec.withLabel("Email address"));
    }

    @Test
    void sign_up_needs_an_address_and_keeps_everything_typed_without_one() {
        var username = unique("mia").toLowerCase();
        fillSignUp(username, "");

        HasValidationUtilsKt._expectInvalid(
                emailField(), "Give your email address, so you can get back in if you forget your password");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Username")).getValue())
                .isEqualTo(username);
        assertThat(memberService.credentials(username)).isEmpty();
    }

    @Test
    void an_address_that_is_not_one_is_refused_and_stays_as_typed() {
        for (var bad : new String[] {
            "mia@",
            "mia at example.org",
            "mia@example",
            "mia@@example.org",
            "x@" + ("a".repeat(50) + ".").repeat(5) + "org"
        }) {
            var username = unique("mia").toLowerCase();
            fillSignUp(username, bad);

            HasValidationUtilsKt._expectInvalid(
                    emailField(),
                    bad.length() > MemberLimits.EMAIL_MAX
                            ? "An email address has at most 254 characters"
                            : "That is not an email address, such as ana@example.org");
            assertThat(emailField().getValue()).isEqualTo(bad);
            assertThat(memberService.credentials(username)).isEmpty();
        }
    }

    @Test
    void an_address_another_member_has_in_any_case_is_refused_without_saying_whose_it_is() {
        var taken = newMember("Ola Owner");
        var username = unique("mia").toLowerCase();
        var typed = (taken.username() + "@Example.ORG").toUpperCase();
        fillSignUp(username, typed);

        HasValidationUtilsKt._expectInvalid(
                emailField(),
                "Another account already uses that email address; give another, or log in to that account");
        assertThat(emailField().getValue()).isEqualTo(typed);
        assertThat(Screen.text()).doesNotContain(taken.username()).doesNotContain("Ola Owner");
        assertThat(memberService.credentials(username)).isEmpty();
    }

    @Test
    void the_mailed_link_confirms_the_address_once_and_until_then_nothing_counts() {
        var username = unique("mia").toLowerCase();
        var email = username + "@example.org";
        fillSignUp(username, "  " + email.toUpperCase() + " ");
        var member =
                memberService.profilesByUsername(java.util.List.of(username)).get(username);
        assertThat(memberService.verifiedAddress(member.id())).isEmpty();

        var link = inbox.awaitLink(email, 1);
        assertThat(link.url()).startsWith("http://localhost:" + port + "/verify-address/");
        var mail = inbox.to(email).get(0);
        assertThat(AccountInbox.text(mail)).contains("Mia Mail").contains(username);

        logout();
        UI.getCurrent().navigate(link.path());
        NavigatorKt.expectView(VerifyAddressView.class);
        assertThat(memberService.verifiedAddress(member.id())).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Confirm my address")));
        assertThat(Screen.text()).contains(email + " is confirmed");
        assertThat(memberService.verifiedAddress(member.id())).contains(email);

        UI.getCurrent().navigate(link.path());
        _click(_get(Button.class, spec -> spec.withText("Confirm my address")));
        assertThat(Screen.text()).contains("This link no longer works");
    }

    @Test
    void a_changed_address_counts_only_once_its_own_link_is_followed_and_the_old_link_does_nothing() {
        var me = newMember("Cam Change");
        var first = inbox.awaitLink(me.username() + "@example.org", 1);
        memberService.verifyAddress(first.token());
        loginAs(me);
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(Screen.text()).contains(me.username() + "@example.org is confirmed");

        var newAddress = unique("cam.new").toLowerCase() + "@example.org";
        _setValue(emailField(), newAddress);
        _click(_get(Button.class, spec -> spec.withText("Save address")));

        assertThat(Screen.notifications())
                .contains("We mailed a link to " + newAddress + ". Follow it to confirm the address.");
        assertThat(Screen.text()).contains(newAddress + " is waiting for you to follow the link");
        assertThat(memberService.verifiedAddress(me.id())).isEmpty();

        var second = inbox.awaitLink(newAddress, 1);
        assertThat(memberService.verifyAddress(first.token())).isEmpty();
        assertThat(memberService.verifiedAddress(me.id())).isEmpty();
        assertThat(memberService.verifyAddress(second.token())).contains(newAddress);
        assertThat(memberService.verifiedAddress(me.id())).contains(newAddress);
    }

    @Test
    void a_member_without_an_address_is_asked_once_and_can_carry_on_without_giving_one() {
        var me = newMember("Old Timer");
        jdbc.sql("update members set email = null, email_verified_at = null, address_asked = false where id = :id")
                .param("id", me.id())
                .update();
        loginAs(me);
        UI.getCurrent().navigate(ProfileView.class);

        var prompt = _get(Dialog.class);
        assertThat(prompt.isOpened()).isTrue();
        assertThat(prompt.getHeaderTitle()).isEqualTo("Add your email address");
        _click(_get(prompt, Button.class, spec -> spec.withText("Not now")));
        assertThat(prompt.isOpened()).isFalse();
        NavigatorKt.expectView(ProfileView.class);
        assertThat(Screen.text()).contains("You have not given an address yet");

        assertThat(memberService.address().asked()).isTrue();
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ProfileView.class);
        NavigatorKt.expectView(ProfileView.class);
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void a_member_asked_for_an_address_can_give_it_in_the_prompt() {
        var me = newMember("New Comer");
        jdbc.sql("update members set email = null, email_verified_at = null, address_asked = false where id = :id")
                .param("id", me.id())
                .update();
        loginAs(me);
        UI.getCurrent().navigate(ProfileView.class);
        var prompt = _get(Dialog.class);
        var address = unique("comer").toLowerCase() + "@example.org";
        _setValue(_get(prompt, EmailField.class, spec -> spec.withLabel("Email address")), "not an address");
        _click(_get(prompt, Button.class, spec -> spec.withText("Save address")));
        HasValidationUtilsKt._expectInvalid(
                _get(prompt, EmailField.class, spec -> spec.withLabel("Email address")),
                "That is not an email address, such as ana@example.org");
        assertThat(prompt.isOpened()).isTrue();

        _setValue(_get(prompt, EmailField.class, spec -> spec.withLabel("Email address")), address);
        _click(_get(prompt, Button.class, spec -> spec.withText("Save address")));
        assertThat(prompt.isOpened()).isFalse();
        var link = inbox.awaitLink(address, 1);
        assertThat(memberService.verifyAddress(link.token())).contains(address);
    }
}

package org.filmclub.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.member.ui.ProfileView;
import org.filmclub.security.ui.SignupView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class SignUpAndProfileTest extends AbstractAppTest {

    @Autowired
    PasswordEncoder passwordEncoder;

    private void fillSignUp(String username, String displayName, String password) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), displayName);
        _setValue(
                _get(EmailField.class, spec -> spec.withLabel("Email address")),
                unique("signup").toLowerCase() + "@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, "America/Sao_Paulo");
    }

    @Test
    void newcomer_signs_up_and_their_password_is_stored_hashed() {
        UI.getCurrent().navigate(SignupView.class);
        var username = unique("Marta");
        fillSignUp(username, "Marta Lind", "a long enough password");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        HasValidationUtilsKt._expectAllFieldsValid(UI.getCurrent());
        var credentials = memberService.credentials(username).orElseThrow();
        assertThat(credentials.username()).isEqualTo(username.toLowerCase());
        assertThat(credentials.passwordHash()).startsWith("{bcrypt}").doesNotContain("a long enough password");
        assertThat(passwordEncoder.matches("a long enough password", credentials.passwordHash()))
                .isTrue();
    }

    @Test
    void username_taken_in_another_case_is_refused_and_what_was_typed_stays() {
        var existing = newMember("Ana Taken");
        UI.getCurrent().navigate(SignupView.class);
        fillSignUp(existing.username().toUpperCase(), "Someone Else", "another long password");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        var username = _get(TextField.class, spec -> spec.withLabel("Username"));
        HasValidationUtilsKt._expectInvalid(username, "That username is taken; try another");
        assertThat(username.getValue()).isEqualTo(existing.username().toUpperCase());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Display name")).getValue())
                .isEqualTo("Someone Else");
        assertThat(_get(Button.class, spec -> spec.withText("Create account")).isEnabled())
                .isTrue();
    }

    @Test
    void short_password_bad_username_and_over_long_name_each_get_their_own_message() {
        UI.getCurrent().navigate(SignupView.class);
        fillSignUp("no spaces allowed", "x".repeat(MemberLimits.DISPLAY_NAME_MAX + 1), "short");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        HasValidationUtilsKt._expectInvalid(
                _get(TextField.class, spec -> spec.withLabel("Username")),
                "Use only letters, digits, dots, dashes and underscores");
        HasValidationUtilsKt._expectInvalid(
                _get(TextField.class, spec -> spec.withLabel("Display name")),
                "A display name has at most 60 characters");
        HasValidationUtilsKt._expectInvalid(
                _get(PasswordField.class, spec -> spec.withLabel("Password")), "A password has 10 to 64 characters");
        assertThat(memberService.credentials("no spaces allowed")).isEmpty();
    }

    @Test
    void member_changes_display_name_and_time_zone_on_profile() {
        var me = newMember("Pat Profile");
        loginAs(me);
        UI.getCurrent().navigate(ProfileView.class);
        NavigatorKt.expectView(ProfileView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), "Pat Q. Profile");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, "Asia/Tokyo");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));

        assertThat(Screen.notifications()).contains("Profile saved");
        var saved = memberService.profiles(java.util.List.of(me.id())).get(me.id());
        assertThat(saved.displayName()).isEqualTo("Pat Q. Profile");
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void password_change_needs_the_current_password() {
        var me = newMember("Sam Secret");
        loginAs(me);
        UI.getCurrent().navigate(ProfileView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "not my password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "brand new password");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        HasValidationUtilsKt._expectInvalid(
                _get(PasswordField.class, spec -> spec.withLabel("Current password")),
                "That is not your current password");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password"))
                        .getValue())
                .isEqualTo("brand new password");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        var hash = memberService.credentials(me.username()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("brand new password", hash)).isTrue();
    }

    @Test
    void the_profile_page_is_cards_each_headed_with_its_own_buttons() {
        var me = newMember("Cora Cards");
        loginAs(me);
        UI.getCurrent().navigate(ProfileView.class);
        var cards = _find(Section.class, spec -> spec.withClasses("card"));
        assertThat(cards)
                .extracting(card -> _get(card, H2.class).getText())
                .containsSubsequence("About you", "Email address", "Password");
        // Each button sits in its own card's row of actions, sized to its words, not stretched across the page.
        for (var button : List.of("Save profile", "Save address", "Change password")) {
            var found = _get(Button.class, spec -> spec.withText(button));
            var row = found.getParent().orElseThrow();
            assertThat(row.getClassNames()).as(button).contains("form-actions");
            assertThat(found.getWidth()).as(button).isNull();
        }
        var password = _get(Section.class, spec -> spec.withClasses("password-card"));
        _get(password, PasswordField.class, spec -> spec.withLabel("Current password"));
        _get(password, Button.class, spec -> spec.withText("Change password"));
    }
}

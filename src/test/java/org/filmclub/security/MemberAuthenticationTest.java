package org.filmclub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password checks behind the login throttle, as the login form's requests from many addresses make them. */
class MemberAuthenticationTest extends AbstractAppTest {

    @Autowired
    private MemberAuthentication authentication;

    private Authentication attempt(String username, String password, String address) {
        var login = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        login.setDetails(new WebAuthenticationDetails(address, null));
        return authentication.authenticate(login);
    }

    @Test
    void guesses_from_a_hundred_addresses_are_refused_while_the_member_at_home_still_logs_in() {
        var ana = newMember("Ana Attacked");
        assertThat(attempt(ana.username(), PASSWORD, "192.0.2.50").isAuthenticated())
                .isTrue();
        clock.stop();
        int checked = 0;
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            try {
                attempt(ana.username(), "guess number " + i, "198.51.100." + i);
            } catch (LoginThrottledException e) {
                refused++;
            } catch (BadCredentialsException e) {
                checked++;
            }
        }
        assertThat(checked).as("guesses whose password was checked").isEqualTo(LoginThrottle.ACCOUNT_FREE_ATTEMPTS);
        assertThat(refused).isEqualTo(100 - LoginThrottle.ACCOUNT_FREE_ATTEMPTS);
        assertThatThrownBy(() -> attempt(ana.username(), PASSWORD, "203.0.113.7"))
                .as("even the right password waits at an address the member never used")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(ana.username(), PASSWORD, "192.0.2.50").isAuthenticated())
                .as("the member at home is not held back")
                .isTrue();
    }
}

package org.filmclub.security;

import org.filmclub.member.PasswordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/** A new password signs out every browser that was remembered with the old one. */
@Component
class RememberedLogins {

    private final PersistentTokenRepository tokens;

    RememberedLogins(PersistentTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Runs inside the password change's transaction: both happen or neither. */
    @EventListener
    void on(PasswordChanged event) {
        tokens.removeUserTokens(event.username());
    }
}

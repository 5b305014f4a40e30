package org.filmclub.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A login attempt refused before the password was checked, because this username failed too often. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("Too many failed attempts");
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}

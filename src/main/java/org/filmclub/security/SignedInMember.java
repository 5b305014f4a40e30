package org.filmclub.security;

import java.util.List;
import org.springframework.security.core.userdetails.User;

/**
 * The member a session is logged in as, with a fingerprint of the password hash the login was
 * checked against. A new password makes a new hash, so every login made with the old one can be
 * told apart from the member's current ones.
 */
final class SignedInMember extends User {

    private final String credentialsVersion;

    SignedInMember(String username, String passwordHash) {
        super(username, passwordHash, List.of());
        this.credentialsVersion = versionOf(passwordHash);
    }

    static String versionOf(String passwordHash) {
        return HashedRememberMeTokens.hash(passwordHash);
    }

    String credentialsVersion() {
        return credentialsVersion;
    }
}

package org.filmclub.member;

/** What sign-in needs to check a password; never shown and never logged. */
public record LoginCredentials(String username, String passwordHash) {

    @Override
    public String toString() {
        return "LoginCredentials[username=" + username + "]";
    }
}

package org.filmclub.member;

import org.jspecify.annotations.Nullable;

/** A member's email address as their profile shows it: none, waiting for its link to be followed, or verified. */
public record MemberAddress(@Nullable String email, boolean verified, boolean asked) {

    public boolean missing() {
        return email == null;
    }
}

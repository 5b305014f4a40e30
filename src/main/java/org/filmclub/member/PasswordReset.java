package org.filmclub.member;

import static org.filmclub.member.MemberLimits.PASSWORD_MAX;
import static org.filmclub.member.MemberLimits.PASSWORD_MIN;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set with a mailed link. */
public record PasswordReset(
        @NotNull(message = "Choose a new password")
                @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "A password has 10 to 64 characters")
                String newPassword) {

    @Override
    public String toString() {
        return "PasswordReset[***]";
    }
}

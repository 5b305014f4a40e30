package org.filmclub.member;

import static org.filmclub.member.MemberLimits.PASSWORD_MAX;
import static org.filmclub.member.MemberLimits.PASSWORD_MIN;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PasswordChange(
        @NotEmpty(message = "Enter your current password")
                @Size(max = PASSWORD_MAX, message = "That is not your current password")
                String currentPassword,
        @NotNull(message = "Choose a new password")
                @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "A password has 10 to 64 characters")
                String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}

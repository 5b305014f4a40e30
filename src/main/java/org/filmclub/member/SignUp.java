package org.filmclub.member;

import static org.filmclub.member.MemberLimits.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SignUp(
        @NotBlank(message = "Choose a username")
                @Size(min = USERNAME_MIN, max = USERNAME_MAX, message = "A username has 3 to 32 characters")
                @Pattern(regexp = USERNAME_PATTERN, message = "Use only letters, digits, dots, dashes and underscores")
                String username,
        @NotBlank(message = "Tell the club what to call you")
                @Size(max = DISPLAY_NAME_MAX, message = "A display name has at most 60 characters")
                String displayName,
        @NotNull(message = "Choose a password")
                @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "A password has 10 to 64 characters")
                String password,
        @NotBlank(message = "Choose your time zone")
                @Size(max = TIME_ZONE_MAX, message = "Choose a time zone from the list")
                String timeZone,
        @NotBlank(message = "Give your email address, so you can get back in if you forget your password")
                @Size(max = EMAIL_MAX, message = "An email address has at most 254 characters")
                @Pattern(regexp = EMAIL_PATTERN, message = "That is not an email address, such as ana@example.org")
                String email) {

    @Override
    public String toString() {
        return "SignUp[username=" + username + "]";
    }
}

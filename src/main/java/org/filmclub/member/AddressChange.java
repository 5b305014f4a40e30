package org.filmclub.member;

import static org.filmclub.member.MemberLimits.EMAIL_MAX;
import static org.filmclub.member.MemberLimits.EMAIL_PATTERN;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member giving or changing their email address. */
public record AddressChange(
        @NotBlank(message = "Give your email address")
                @Size(max = EMAIL_MAX, message = "An email address has at most 254 characters")
                @Pattern(regexp = EMAIL_PATTERN, message = "That is not an email address, such as ana@example.org")
                String email) {}

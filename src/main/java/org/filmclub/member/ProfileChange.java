package org.filmclub.member;

import static org.filmclub.member.MemberLimits.DISPLAY_NAME_MAX;
import static org.filmclub.member.MemberLimits.TIME_ZONE_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProfileChange(
        @NotBlank(message = "Tell the club what to call you")
                @Size(max = DISPLAY_NAME_MAX, message = "A display name has at most 60 characters")
                String displayName,
        @NotBlank(message = "Choose your time zone")
                @Size(max = TIME_ZONE_MAX, message = "Choose a time zone from the list")
                String timeZone) {}

package org.filmclub.club;

import static org.filmclub.club.ClubLimits.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a host writes about a club. An empty slug on creation means "make one from the name". */
public record ClubDetails(
        @NotBlank(message = "Give the club a name")
                @Size(max = NAME_MAX, message = "A club name has at most 80 characters")
                String name,
        @Size(max = DESCRIPTION_MAX, message = "A description has at most 500 characters") String description,
        @Size(max = SLUG_MAX, message = "An address has 3 to 40 characters")
                @Pattern(
                        regexp = "|(?=.{" + SLUG_MIN + ",}$)" + SLUG_PATTERN,
                        message = "Use 3 to 40 lower-case letters and digits, with single dashes between words")
                String slug) {}

package org.filmclub.film;

import static org.filmclub.film.FilmLimits.*;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a member types to add or edit a film. The poster address is optional and must be https. */
public record FilmDetails(
        @NotBlank(message = "Give the film's title")
                @Size(max = TITLE_MAX, message = "At most " + TITLE_MAX + " characters")
                String title,
        @NotNull(message = "Give the year it came out")
                @Min(value = YEAR_MIN, message = "Films begin in " + YEAR_MIN)
                @Max(value = YEAR_MAX, message = "A year up to " + YEAR_MAX)
                Integer year,
        @NotBlank(message = "Who directed it?")
                @Size(max = DIRECTOR_MAX, message = "At most " + DIRECTOR_MAX + " characters")
                String director,
        @NotNull(message = "Give the runtime in minutes")
                @Min(value = RUNTIME_MIN, message = "At least " + RUNTIME_MIN + " minute")
                @Max(value = RUNTIME_MAX, message = "At most " + RUNTIME_MAX + " minutes")
                Integer runtimeMinutes,
        @Size(max = SYNOPSIS_MAX, message = "At most " + SYNOPSIS_MAX + " characters") String synopsis,
        @Size(max = POSTER_URL_MAX, message = "At most " + POSTER_URL_MAX + " characters")
                @Pattern(
                        regexp = "(https://[^\\s\"'<>]+)?",
                        flags = Pattern.Flag.CASE_INSENSITIVE,
                        message = "A poster address must start with https:// and contain no spaces")
                String posterUrl) {

    /** Trimmed, with empty optional fields as empty strings, so rules see what will be stored. */
    public FilmDetails {
        title = trim(title);
        director = trim(director);
        synopsis = trim(synopsis);
        posterUrl = trim(posterUrl);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}

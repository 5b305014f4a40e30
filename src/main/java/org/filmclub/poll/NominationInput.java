package org.filmclub.poll;

import static org.filmclub.film.FilmLimits.*;
import static org.filmclub.poll.PollLimits.PITCH_MAX;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.filmclub.base.MaxLength;
import org.filmclub.base.PlainText;
import org.filmclub.film.FilmDetails;

/** What a member types to nominate a film: the film, and a short pitch in the messages' Markdown. */
public record NominationInput(
        @NotBlank(message = "Give the film's title")
                @MaxLength(value = TITLE_MAX, message = "A title can be at most %d characters; this one has %d.")
                String title,
        @NotNull(message = "Give the year it came out")
                @Min(value = YEAR_MIN, message = "Films begin in " + YEAR_MIN)
                @Max(value = YEAR_MAX, message = "A year up to " + YEAR_MAX)
                Integer year,
        @NotBlank(message = "Who directed it?")
                @MaxLength(value = DIRECTOR_MAX, message = "At most %d characters; this has %d.")
                String director,
        @NotNull(message = "Give the runtime in minutes")
                @Min(value = RUNTIME_MIN, message = "At least " + RUNTIME_MIN + " minute")
                @Max(value = RUNTIME_MAX, message = "At most " + RUNTIME_MAX + " minutes")
                Integer runtimeMinutes,
        @MaxLength(value = PITCH_MAX, message = "A pitch can be at most %d characters; this one has %d.")
                String pitch) {

    public NominationInput {
        title = PlainText.oneLine(title).strip();
        director = PlainText.oneLine(director).strip();
        pitch = PlainText.lines(pitch).strip();
    }

    FilmDetails toFilm() {
        return new FilmDetails(title, year, director, runtimeMinutes, "", "");
    }
}

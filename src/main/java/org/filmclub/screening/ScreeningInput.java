package org.filmclub.screening;

import static org.filmclub.screening.ScreeningLimits.*;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.filmclub.base.PlainText;

/**
 * What a host fills in to schedule or change a screening: the local start time in a time zone, the
 * length, and where (a venue, an online link, or both).
 */
public record ScreeningInput(
        @NotNull(message = "Which film?") Long filmId,
        @NotNull(message = "When does it start?") LocalDateTime start,
        @NotNull(message = "In which time zone?") ZoneId zone,
        @NotNull(message = "How long is it?")
                @Min(value = DURATION_MIN, message = "At least " + DURATION_MIN + " minutes")
                @Max(value = DURATION_MAX, message = "At most 24 hours")
                Integer durationMinutes,
        @Size(max = VENUE_MAX, message = "At most " + VENUE_MAX + " characters") String venue,
        @Size(max = LINK_MAX, message = "At most " + LINK_MAX + " characters")
                @Pattern(
                        regexp = "(https://[^\\s\\p{Z}\\p{Cc}\"'<>]+)?",
                        flags = Pattern.Flag.CASE_INSENSITIVE,
                        message = "An online link must start with https://")
                String onlineLink,
        @Min(value = 1, message = "At least one seat, or leave it empty for no limit")
                @Max(value = SEATS_MAX, message = "At most " + SEATS_MAX)
                Integer seatLimit,
        @Size(max = NOTE_MAX, message = "At most " + NOTE_MAX + " characters") String note) {

    /**
     * The one rule for control characters, whoever fills this in (form or import): the place is one line,
     * the note keeps its lines as LF only, and a link with any control character is refused by its pattern.
     */
    public ScreeningInput {
        venue = PlainText.oneLine(venue).strip();
        onlineLink = onlineLink == null ? "" : onlineLink.strip();
        note = PlainText.lines(note).strip();
    }
}

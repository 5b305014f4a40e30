package org.filmclub.poll;

import static org.filmclub.poll.DatePollLimits.NOTE_MAX;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.filmclub.base.PlainText;

/**
 * What a host fills in to find a date: the film, the times to choose from (each a wall-clock time in
 * {@code zone}; an empty one is a time left blank), and the screening that the chosen time becomes: its
 * length, where, and seats. Length, place and seats follow the screening's own rules.
 */
public record DatePollInput(
        @NotNull(message = "Which film?") Long filmId,
        List<LocalDateTime> times,
        @NotNull(message = "In which time zone?") ZoneId zone,
        Integer durationMinutes,
        String venue,
        String onlineLink,
        Integer seatLimit,
        @Size(max = NOTE_MAX, message = "At most " + NOTE_MAX + " characters") String note) {

    public DatePollInput {
        // Blank times stay in place, so that an error names the field the host filled in.
        times = times == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(times));
        venue = PlainText.oneLine(venue).strip();
        onlineLink = onlineLink == null ? "" : onlineLink.strip();
        note = PlainText.lines(note).strip();
    }
}

package org.filmclub.poll;

import static org.filmclub.poll.PollLimits.POLL_TITLE_MAX;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.base.MaxLength;
import org.filmclub.base.PlainText;

/**
 * What a host fills in to open a poll: a question, the nominations it offers, a closing time on the
 * wall clock of a zone, and whether standings show before the close.
 */
public record PollInput(
        @MaxLength(value = POLL_TITLE_MAX, message = "At most %d characters; this has %d.") String title,
        @NotNull(message = "Choose the nominations to vote on") List<Long> nominationIds,
        @NotNull(message = "When does the poll close?") LocalDateTime closes,
        @NotNull(message = "In which time zone?") ZoneId zone,
        boolean sealed) {

    public PollInput {
        title = PlainText.oneLine(title).strip();
        if (title.isEmpty()) {
            title = PollLimits.DEFAULT_TITLE;
        }
        nominationIds = nominationIds == null ? null : List.copyOf(nominationIds);
    }
}

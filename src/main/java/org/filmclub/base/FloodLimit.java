package org.filmclub.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code count} writes of one kind by one member within {@code window}: faster than that is not a
 * person. The service counts the member's writes since {@link #since} and asks {@link #check} before writing.
 */
public record FloodLimit(int count, Duration window) {

    /** From when a member's earlier writes count against the limit. */
    public Instant since(Clock clock) {
        return clock.instant().minus(window);
    }

    /**
     * Refuses the write when the member already made {@code recent} writes in the window.
     *
     * @param what  the writes, plural, as the member calls them ("messages")
     * @param after what the message adds, such as where their text is now
     */
    public void check(long recent, String field, String what, String after) {
        if (recent >= count) {
            throw InvalidInputException.of(
                    field,
                    "Slow down a little: at most " + count + " " + what + " in " + window.toSeconds() + " seconds."
                            + after);
        }
    }
}

package org.filmclub.screening;

import java.util.Set;
import org.filmclub.base.AppPaths;

/**
 * Something that matters to members who answered happened to a screening: its time or place
 * changed, it was cancelled, a member got a seat from the waitlist, or it starts soon.
 *
 * @param recipients the members to tell
 */
public record ScreeningChanged(
        long screeningId, long clubId, String clubSlug, String filmTitle, What what, Set<Long> recipients) {

    public enum What {
        TIME_CHANGED,
        PLACE_CHANGED,
        CANCELLED,
        SEAT_FREED,
        MOVED_TO_WAITLIST,
        STARTS_SOON
    }

    public String link() {
        return AppPaths.screening(clubSlug, screeningId);
    }
}

package org.filmclub.rating;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One kept rating: every time a member rates a film, one more entry. The member's {@code first} entry of a
 * film is their rating "before the discussion"; their latest later one is "after" (see {@link FilmRatings}).
 *
 * @param halves    1 (½ star) to 10 (5 stars)
 * @param take      the member's Markdown as written, empty when none
 * @param watchedOn when they watched the film, or null when they did not say
 */
public record RatingEntry(
        long memberId, long filmId, int halves, String take, LocalDate watchedOn, Instant ratedAt, boolean first) {

    /** The stars as written: 3.5. */
    public String stars() {
        return Stars.decimal(halves);
    }
}

package org.filmclub.film;

import java.time.Instant;

/**
 * A published essay as the film page shows it; {@code html} is rendered and sanitised.
 *
 * @param formerMember the author has since left the club; the essay stays theirs
 */
public record EssayCard(long essayId, String author, boolean formerMember, Instant publishedAt,
        int revision, Instant revisedAt, String html, EssayStats stats, boolean canEdit) {

    public boolean wasRevised() {
        return revision > 1;
    }
}

package org.filmclub.film;

import java.time.Instant;

/**
 * A published essay as the film page shows it; {@code html} is rendered and sanitised, or empty when the text
 * could not be shown (it was saved before today's limits and exceeds them).
 *
 * @param formerMember the author has since left the club; the essay stays theirs
 */
public record EssayCard(
        long essayId,
        String author,
        boolean formerMember,
        Instant publishedAt,
        int revision,
        Instant revisedAt,
        String html,
        EssayStats stats,
        boolean canEdit) {

    public boolean shown() {
        return !html.isEmpty();
    }

    public boolean wasRevised() {
        return revision > 1;
    }
}

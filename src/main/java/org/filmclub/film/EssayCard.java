package org.filmclub.film;

import java.time.Instant;

/**
 * A published essay as the film page shows it; {@code html} is rendered and sanitised, or empty when the text
 * could not be shown (it was saved before today's limits and exceeds them).
 *
 * @param formerMember the author has since left the club; the essay stays theirs
 * @param discussesEnding its author marked it as discussing the ending
 * @param folded it discusses the ending and this reader has not finished the film: {@code html} is empty, as the
 *     text stays on the server until they finish or reveal it
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
        boolean canEdit,
        boolean discussesEnding,
        boolean folded) {

    /** What a reader it is folded for reads instead of an essay on the ending. */
    public static final String FOLDED =
            "This essay discusses the ending. It opens once you say you've finished the film.";

    /** Whether its text is here to show: not folded, and not one that could not be shown. */
    public boolean shown() {
        return !folded && !html.isEmpty();
    }

    public boolean wasRevised() {
        return revision > 1;
    }
}

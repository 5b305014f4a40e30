package org.filmclub.film;

import java.time.Instant;
import java.util.Optional;

/**
 * What the editor opens with: the member's own unpublished draft if there is one, otherwise the
 * current text, and the revision that text is based on (to detect someone else saving meanwhile).
 *
 * @param discussesEnding whether the essay is marked as discussing the ending, as the draft or the essay has it
 */
public record EssayEditing(
        long essayId,
        long filmId,
        String filmTitle,
        String author,
        boolean mine,
        boolean published,
        String body,
        boolean discussesEnding,
        int baseRevision,
        Optional<Instant> draftSavedAt) {}

package org.filmclub.film;

import java.time.Instant;

/** A published essay with its current revision, as read for the film page; {@code html} is null if not yet stored. */
record PublishedEssay(
        long essayId,
        long authorId,
        Instant publishedAt,
        long revisionId,
        int revision,
        String html,
        Instant revisedAt,
        boolean discussesEnding) {}

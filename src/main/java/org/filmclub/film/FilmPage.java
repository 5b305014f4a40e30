package org.filmclub.film;

import java.util.List;
import java.util.Optional;

/**
 * Everything a film page shows one member.
 *
 * @param myDraftEssay an essay this member started on this film and has not published yet
 */
public record FilmPage(
        long filmId,
        String clubSlug,
        FilmDetails film,
        String addedBy,
        boolean canEdit,
        boolean canRemove,
        List<EssayCard> essays,
        Optional<Long> myDraftEssay) {}

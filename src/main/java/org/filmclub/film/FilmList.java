package org.filmclub.film;

import java.util.List;

/** One page of a club's films, newest first, and whether there are more. */
public record FilmList(List<FilmSummary> films, boolean hasMore) {}

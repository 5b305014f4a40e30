package org.filmclub.film;

import java.time.Instant;

/** A film as the club's list shows it. */
public record FilmSummary(long id, String title, int year, String director, int runtimeMinutes, Instant addedAt) {}

package org.filmclub.film;

/** A film other features hang their content on, with the club it belongs to. */
public record FilmRef(long id, long clubId, String clubSlug, String title) {
}

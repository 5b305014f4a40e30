package org.filmclub.film;

/**
 * A film other features hang their content on, with the club it belongs to.
 *
 * @param runtimeMinutes how long it runs, which bounds a moment in it
 */
public record FilmRef(long id, long clubId, String clubSlug, String title, int runtimeMinutes) {

    /** The live topic of everything happening on a film's page: its discussion, its questions. */
    public static String liveTopic(long filmId) {
        return "film:" + filmId;
    }
}

package org.filmclub.poll;

import org.filmclub.film.FilmSummary;

/** The club already has this film; the member may still nominate it, for watching it again. */
public class FilmInClubException extends RuntimeException {

    private final FilmSummary film;

    FilmInClubException(FilmSummary film) {
        super("The club already has " + film.title() + " (" + film.year() + "). Nominate it anyway to watch it again?");
        this.film = film;
    }

    public FilmSummary film() {
        return film;
    }
}

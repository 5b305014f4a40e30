package org.filmclub.question;

import org.filmclub.base.live.LiveEvent;
import org.filmclub.film.FilmRef;

/** A film's board after one or more changes; sent at most every few hundred milliseconds per film. */
public record BoardChanged(Board board) implements LiveEvent {

    @Override
    public String topic() {
        return FilmRef.liveTopic(board.filmId());
    }
}

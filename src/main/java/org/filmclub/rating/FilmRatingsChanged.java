package org.filmclub.rating;

import org.filmclub.base.live.LiveEvent;
import org.filmclub.film.FilmRef;

/** A film's ratings after one or more changes, for everyone; sent at most every few hundred milliseconds per film. */
public record FilmRatingsChanged(FilmRatings ratings) implements LiveEvent {

    @Override
    public String topic() {
        return FilmRef.liveTopic(ratings.filmId());
    }
}

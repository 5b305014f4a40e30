package org.filmclub.watch;

import org.filmclub.base.live.LiveEvent;
import org.filmclub.film.EndingReadChanged;
import org.filmclub.film.FilmRef;

/**
 * A member said how far they have watched a film. Every open screen of that member on the film's page shows
 * again what their progress now lets them see, essays on the ending included; the other members' screens ignore it.
 */
public record ProgressChanged(long filmId, long memberId, Progress progress) implements LiveEvent, EndingReadChanged {

    @Override
    public String topic() {
        return FilmRef.liveTopic(filmId);
    }
}

package org.filmclub.watch;

import java.util.Optional;

/**
 * A clock of a film that a club runs together right now, such as a live screening's: what members write meanwhile
 * is stamped with the film time it shows. The feature that runs the clock provides it.
 */
public interface FilmClocks {

    /** Where the film stands now on the clock of a live screening of this club's film; empty when none is set. */
    Optional<Moment> now(long clubId, long filmId);
}

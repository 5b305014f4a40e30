package org.filmclub.watch;

import java.util.Optional;
import org.filmclub.film.FilmRef;

/**
 * Where a film's talk is anchored, for a clock that shows it as the film reaches it: the features whose content
 * carries moments (messages, questions) provide it. Only the server asks; a browser is never told when the
 * next held-back thing comes.
 */
public interface AnchoredMoments {

    /** The first moment strictly after {@code after} at which something shown to members is anchored. */
    Optional<Moment> firstAfter(FilmRef film, Moment after);
}

package org.filmclub.watch;

import java.util.List;
import java.util.Optional;
import org.filmclub.film.FilmRef;

/**
 * A clock of a film that runs for a member right now, such as a live screening's that the club runs together, or
 * the member's own while they watch along later: what they write meanwhile is stamped with the film time it
 * shows. The features that run the clocks provide them; the first that runs for the member wins.
 */
public interface FilmClocks {

    /** Where the film stands now on a clock that runs for this member of this club; empty when none does. */
    Optional<Moment> now(long clubId, long filmId, long memberId);

    /**
     * The moment something a member writes about a film is anchored at: the one they typed, or else the film
     * time on the first clock that runs for them, or none; never past the film's end.
     */
    static Moment stamp(List<FilmClocks> clocks, FilmRef film, long memberId, Moment typed) {
        var at = typed != null
                ? typed
                : clocks.stream()
                        .flatMap(c -> c.now(film.clubId(), film.id(), memberId).stream())
                        .findFirst()
                        .orElse(null);
        return Moment.within(film, at);
    }
}

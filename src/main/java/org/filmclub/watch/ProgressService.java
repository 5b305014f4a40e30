package org.filmclub.watch;

import java.time.Clock;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's progress through their club's films, and the gate it makes for what they see. A member reads
 * and sets only their own progress, on a film of a club they belong to.
 */
@Service
public class ProgressService {

    private final WatchProgressRepository rows;
    private final ClubAccess access;
    private final FilmService films;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(
            WatchProgressRepository rows,
            ClubAccess access,
            FilmService films,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.access = access;
        this.films = films;
        this.events = events;
        this.clock = clock;
    }

    /** The current member's progress through the film. */
    @Transactional(readOnly = true)
    public Progress progress(String slug, long filmId) {
        var membership = access.requireMember(slug);
        films.filmIn(membership, filmId);
        return progressOf(membership.memberId(), filmId);
    }

    /**
     * The current member says how far they have watched; a moment past the film's end is refused. Their open
     * screens of the film show again what it now lets them see.
     */
    @Transactional
    public Progress setProgress(String slug, long filmId, Progress progress) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        if (progress.stage() == Progress.Stage.AT) {
            Moment.within(film, progress.upTo());
        }
        var me = membership.memberId();
        var stored = rows.findByMemberIdAndFilmId(me, filmId);
        if (progress.stage() == Progress.Stage.NOT_SET) {
            stored.ifPresent(rows::delete);
        } else {
            var row = stored.orElseGet(() -> new WatchProgress(me, filmId));
            row.set(progress, clock.instant());
            rows.save(row);
        }
        events.publishEvent(new ProgressChanged(filmId, me, progress));
        return progress;
    }

    /**
     * The gate for a member on a film, for features that show anchored content; the caller has checked that
     * {@code film} is in the member's club (it is a {@link FilmRef} handed out for that membership).
     */
    @Transactional(readOnly = true)
    public Gate gate(ClubMembership membership, FilmRef film) {
        if (membership.clubId() != film.clubId()) {
            throw new IllegalArgumentException("The film is not in the member's club");
        }
        return new Gate(membership.memberId(), progressOf(membership.memberId(), film.id()), false);
    }

    Progress progressOf(long memberId, long filmId) {
        return rows.findByMemberIdAndFilmId(memberId, filmId)
                .map(WatchProgress::progress)
                .orElse(Progress.notSet());
    }
}

package org.filmclub.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own film clock, for watching later along with what the club said: it runs as the member's copy of the
 * film plays, their progress follows it, and so the club's messages and questions appear as it reaches their
 * moments; what the member writes meanwhile is anchored at their clock's time.
 * <p>
 * A clock lives on the server only while a screen shows it: one per member, for one film, in memory, so it costs
 * nothing once they close the page. Every change checks that the member is still in the club; one who was
 * removed finds the clock gone. Jumping back moves the progress back too: the replay is as it was live, and
 * "I've finished" shows everything again.
 */
@Service
@Order(2)
public class WatchAlong implements FilmClocks {

    private final ClubAccess access;
    private final FilmService films;
    private final ProgressService progress;
    private final List<AnchoredMoments> anchored;
    private final Clock clock;

    /** The running clocks by member, each with how many of the member's screens show it. */
    private final ConcurrentMap<Long, Running> running = new ConcurrentHashMap<>();

    private record Running(long clubId, long filmId, Playhead playhead, int screens) {}

    WatchAlong(
            ClubAccess access,
            FilmService films,
            ProgressService progress,
            List<AnchoredMoments> anchored,
            Clock clock) {
        this.access = access;
        this.films = films;
        this.progress = progress;
        this.anchored = anchored;
        this.clock = clock;
    }

    /**
     * A clock after a change, as the member's screen needs it.
     *
     * @param untilNext how long, at this clock's pace, until it reaches the next moment at which the club's talk
     *     is anchored, or the film's end; empty while paused or when nothing more comes
     */
    public record Tick(Playhead playhead, Progress progress, Optional<Duration> untilNext) {}

    /**
     * Starts the member's clock on the film, playing, from where their progress stands (the start if they have
     * not begun, or had finished and watch again). A screen that starts it shows it.
     */
    @Transactional
    public Tick start(String slug, long filmId) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var now = clock.instant();
        var from = progress.gate(membership, film).progress();
        var position = from.stage() == Progress.Stage.AT ? from.upTo().millis() : 0;
        var playhead = Playhead.at(position, now, true, films.runtime(film.clubId(), filmId));
        running.compute(
                membership.memberId(),
                (me, was) -> new Running(
                        film.clubId(),
                        filmId,
                        playhead,
                        was != null && was.filmId() == filmId ? was.screens() + 1 : 1));
        return follow(slug, membership, film, playhead);
    }

    /** The clock the member runs on this film, for a screen that opens while it runs; the screen then shows it. */
    @Transactional(readOnly = true)
    public Optional<Playhead> show(String slug, long filmId) {
        var membership = access.requireMember(slug);
        films.filmIn(membership, filmId);
        var shown = running.computeIfPresent(
                membership.memberId(),
                (me, was) -> was.filmId() == filmId
                        ? new Running(was.clubId(), filmId, was.playhead(), was.screens() + 1)
                        : was);
        return Optional.ofNullable(shown).filter(r -> r.filmId() == filmId).map(Running::playhead);
    }

    @Transactional
    public Tick play(String slug, long filmId) {
        return change(slug, filmId, (playhead, now) -> playhead.playedAt(now));
    }

    @Transactional
    public Tick pause(String slug, long filmId) {
        return change(slug, filmId, (playhead, now) -> playhead.pausedAt(now));
    }

    @Transactional
    public Tick step(String slug, long filmId, boolean forward) {
        return change(slug, filmId, (playhead, now) -> playhead.steppedAt(now, forward));
    }

    /** Moves the clock to a time typed as h:mm:ss or mm:ss; past the end it stops at the end. */
    @Transactional
    public Tick jump(String slug, long filmId, String typed) {
        var to = Moment.parse(typed);
        return change(slug, filmId, (playhead, now) -> playhead.movedTo(to.millis(), now));
    }

    /**
     * The clock reached a moment the club talked about, or the film's end: the member's progress moves to it,
     * so what was said there shows. At the end the clock stops and the member has finished.
     */
    @Transactional
    public Tick reached(String slug, long filmId) {
        return change(slug, filmId, (playhead, now) -> playhead.endedAt(now) ? playhead.pausedAt(now) : playhead);
    }

    /** The member stops watching along; their progress stays where the clock was. */
    public void stop(String slug, long filmId) {
        var membership = access.requireMember(slug);
        running.computeIfPresent(membership.memberId(), (me, was) -> was.filmId() == filmId ? null : was);
    }

    /** A screen that showed the member's clock closed; the clock goes with the last. */
    public void closed(long memberId, long filmId) {
        running.computeIfPresent(
                memberId,
                (me, was) -> was.filmId() != filmId
                        ? was
                        : was.screens() <= 1
                                ? null
                                : new Running(was.clubId(), filmId, was.playhead(), was.screens() - 1));
    }

    @Override
    public Optional<Moment> now(long clubId, long filmId, long memberId) {
        return Optional.ofNullable(running.get(memberId))
                .filter(r -> r.clubId() == clubId && r.filmId() == filmId)
                .map(r -> r.playhead().momentAt(clock.instant()));
    }

    /** How many clocks run on this node, for the bench and for operators. */
    public int runningCount() {
        return running.size();
    }

    // ---- inside ----

    private interface Change {
        Playhead apply(Playhead playhead, java.time.Instant now);
    }

    private Tick change(String slug, long filmId, Change change) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var now = clock.instant();
        var moved = running.computeIfPresent(
                membership.memberId(),
                (me, was) -> was.filmId() == filmId
                        ? new Running(was.clubId(), filmId, change.apply(was.playhead(), now), was.screens())
                        : was);
        if (moved == null || moved.filmId() != filmId) {
            throw new ContentNotFoundException("Your clock for this film has stopped. Start watching along again.");
        }
        return follow(slug, membership, film, moved.playhead());
    }

    /** The member's progress follows the clock, and the screen learns when the next moment comes. */
    private Tick follow(String slug, ClubMembership membership, FilmRef film, Playhead playhead) {
        var now = clock.instant();
        var at = playhead.momentAt(now);
        var next = playhead.endedAt(now) ? Progress.finished() : Progress.at(at);
        var was = progress.gate(membership, film).progress();
        var followed = was.equals(next) ? was : progress.setProgress(slug, film.id(), next);
        return new Tick(playhead, followed, playhead.playing() ? untilNext(film, playhead, at) : Optional.empty());
    }

    private Optional<Duration> untilNext(FilmRef film, Playhead playhead, Moment at) {
        var next = anchored.stream()
                .flatMap(a -> a.firstAfter(film, at).stream())
                .map(Moment::millis)
                .min(Long::compare);
        var end = playhead.runtime().map(Duration::toMillis).filter(e -> e > at.millis());
        return java.util.stream.Stream.of(next, end)
                .flatMap(Optional::stream)
                .min(Long::compare)
                .map(ms -> Duration.ofMillis(ms - at.millis()));
    }
}

package org.filmclub.screening;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmService;
import org.filmclub.watch.FilmClocks;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Playhead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The film clock of a screening's live room: hosts play, pause and move it, and every member's screen runs it
 * on from the one anchor they were sent. Any host of the club may run it, so another host takes over when the
 * first leaves. Changes lock the screening first, so two hosts pressing at once take turns, each from where
 * the other left the clock, and each change's version is one above the last.
 */
@Service
@org.springframework.core.annotation.Order(1)
public class ScreeningClock implements FilmClocks {

    /** How far the step buttons and keys move the film. */
    public static final Duration STEP = Playhead.STEP;

    private static final String RUN = "run the film clock";

    private final ScreeningRepository screenings;
    private final ClockAnchorRepository anchors;
    private final ClubAccess access;
    private final FilmService films;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningClock(
            ScreeningRepository screenings,
            ClockAnchorRepository anchors,
            ClubAccess access,
            FilmService films,
            ApplicationEventPublisher events,
            Clock clock) {
        this.screenings = screenings;
        this.anchors = anchors;
        this.access = access;
        this.films = films;
        this.events = events;
        this.clock = clock;
    }

    /** A jump's outcome: the clock, and whether the time asked for lay past the film's end and the clock stopped there. */
    public record Jump(FilmClock clock, boolean toTheEnd) {}

    /** The room's clock for a member of the club; one no host touched yet stands paused at the film's start. */
    @Transactional(readOnly = true)
    public FilmClock clock(String slug, long screeningId) {
        var membership = access.requireMember(slug);
        var screening = screenings
                .findById(screeningId)
                .filter(s -> s.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(ScreeningService.NO_SUCH_SCREENING));
        return anchorOf(screeningId).view(screening.clubId(), runtimeOf(screening));
    }

    @Transactional
    public FilmClock play(String slug, long screeningId) {
        return change(slug, screeningId, (anchor, runtime, by, now) -> anchor.play(now, by));
    }

    @Transactional
    public FilmClock pause(String slug, long screeningId) {
        return change(slug, screeningId, (anchor, runtime, by, now) -> anchor.pause(now, by, runtime));
    }

    /** Moves the film {@link #STEP} on or back from where it stands now, within the film. */
    @Transactional
    public FilmClock step(String slug, long screeningId, boolean forward) {
        return change(slug, screeningId, (anchor, runtime, by, now) -> {
            var to = anchor.positionAt(now, runtime) + (forward ? STEP : STEP.negated()).toMillis();
            anchor.moveTo(within(to, runtime), now, by);
            return true;
        });
    }

    /**
     * Puts the film at a time typed as h:mm:ss or mm:ss, playing or paused as it was. A time past the film's end
     * stops the clock at the end; bad text is refused with {@code InvalidInputException} and changes nothing.
     */
    @Transactional
    public Jump jump(String slug, long screeningId, String typed) {
        var pastTheEnd = new boolean[1];
        var moved = change(slug, screeningId, (anchor, runtime, by, now) -> {
            var asked = Moment.parse(typed).millis();
            pastTheEnd[0] = runtime.filter(end -> asked > end.toMillis()).isPresent();
            anchor.moveTo(within(asked, runtime), now, by);
            return true;
        });
        return new Jump(moved, pastTheEnd[0]);
    }

    /**
     * Where the film stands now on the clock of a live screening, for other features to read (a message written
     * in the room is stamped with it); empty when the screening is not live or no host has started its clock.
     * It checks no membership: callers ask about a screening the member already reached.
     */
    @Transactional(readOnly = true)
    public Optional<Duration> filmTime(long screeningId) {
        return screenings.findById(screeningId).filter(Screening::isLive).flatMap(screening -> anchors.findById(
                        screeningId)
                .map(anchor ->
                        anchor.view(screening.clubId(), runtimeOf(screening)).positionAt(clock.instant())));
    }

    /**
     * The film time of the live screening of this club's film whose clock a host set, the latest started if
     * several are; while paused, the moment it is paused at. Messages posted meanwhile are stamped with it.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<Moment> now(long clubId, long filmId, long memberId) {
        return screenings.findLiveOfFilm(clubId, filmId).stream()
                .flatMap(screening -> anchors
                        .findById(screening.getId())
                        .map(anchor -> Moment.ofMillis(anchor.positionAt(clock.instant(), runtimeOf(screening))))
                        .stream())
                .findFirst();
    }

    // ---- inside ----

    private interface Change {
        /** @return whether the clock changed; a change that changes nothing is not sent to the room */
        boolean apply(ClockAnchor anchor, Optional<Duration> runtime, long by, java.time.Instant now);
    }

    private FilmClock change(String slug, long screeningId, Change change) {
        var membership = access.requireHost(slug, RUN);
        var screening = locked(membership, screeningId);
        screening.requireLive(RUN);
        var runtime = runtimeOf(screening);
        var anchor = anchorOf(screeningId);
        if (!change.apply(anchor, runtime, membership.memberId(), clock.instant())) {
            return anchor.view(screening.clubId(), runtime);
        }
        var moved = anchors.save(anchor).view(screening.clubId(), runtime);
        events.publishEvent(new FilmClockMoved(moved));
        return moved;
    }

    private ClockAnchor anchorOf(long screeningId) {
        return anchors.findById(screeningId).orElseGet(() -> new ClockAnchor(screeningId, clock.instant()));
    }

    private Screening locked(ClubMembership membership, long screeningId) {
        return screenings
                .lockById(screeningId)
                .filter(s -> s.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(ScreeningService.NO_SUCH_SCREENING));
    }

    private Optional<Duration> runtimeOf(Screening screening) {
        return films.runtime(screening.clubId(), screening.filmId());
    }

    private static long within(long position, Optional<Duration> runtime) {
        var end = runtime.map(Duration::toMillis).orElse(Playhead.LONGEST.toMillis());
        return Math.max(0, Math.min(position, end));
    }
}

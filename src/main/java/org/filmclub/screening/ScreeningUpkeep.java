package org.filmclub.screening;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.filmclub.screening.ScreeningChanged.What;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work the server does for a club with no member asking: reminders before a screening, and ending
 * one the host left running. {@link Reminders} calls it on a schedule.
 */
@Service
class ScreeningUpkeep {

    private final ScreeningRepository screenings;
    private final Rsvps rsvps;
    private final ClubAccess access;
    private final FilmService films;
    private final ScreeningMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningUpkeep(
            ScreeningRepository screenings,
            Rsvps rsvps,
            ClubAccess access,
            FilmService films,
            ScreeningMails mails,
            ApplicationEventPublisher events,
            Clock clock) {
        this.screenings = screenings;
        this.rsvps = rsvps;
        this.access = access;
        this.films = films;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reminders are due for these screenings: claims each once, whatever else runs, and tells those going or
     * maybe, in the app and by mail, in the transaction that holds the claim.
     */
    @Transactional
    public void remind(long screeningId) {
        if (screenings.claimReminder(screeningId, clock.instant()) != 1) {
            return;
        }
        var screening = screenings.findById(screeningId).orElseThrow();
        var slug = access.slugOf(screening.clubId());
        var title = filmTitle(screening);
        var recipients = rsvps.all(screeningId).stream()
                .filter(r -> r.answer() == Answer.GOING || r.answer() == Answer.MAYBE)
                .map(Rsvps.Row::memberId)
                .collect(Collectors.toUnmodifiableSet());
        if (!recipients.isEmpty()) {
            events.publishEvent(
                    new ScreeningChanged(screeningId, screening.clubId(), slug, title, What.STARTS_SOON, recipients));
        }
        mails.reminder(screening);
    }

    /** Ends a screening the host left running an hour past its planned end, so "live now" does not linger. */
    @Transactional
    public void endIfOverdue(long screeningId) {
        var screening = screenings.lockById(screeningId).orElseThrow();
        if (screening.isOverdue(clock.instant())) {
            screening.end(clock.instant());
            events.publishEvent(new ScreeningLive(
                    screening.clubId(), screeningId, access.slugOf(screening.clubId()), filmTitle(screening), false));
        }
    }

    List<Long> overdue() {
        return screenings.findOverdue(clock.instant().minus(Screening.OVERDUE));
    }

    List<Long> dueForReminder(Duration lead) {
        var now = clock.instant();
        return screenings.findDueForReminder(now, now.plus(lead));
    }

    private String filmTitle(Screening screening) {
        return films.titles(screening.clubId(), Set.of(screening.filmId())).getOrDefault(screening.filmId(), "A film");
    }
}

package org.filmclub.screening;

import java.util.List;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screenings as members see them: one screening, a club's schedule, a film's screenings. Reads only. */
@Service
public class ScheduleService {

    private final ScreeningRepository screenings;
    private final ScreeningCards cards;
    private final ClubAccess access;
    private final FilmService films;

    ScheduleService(ScreeningRepository screenings, ScreeningCards cards, ClubAccess access, FilmService films) {
        this.screenings = screenings;
        this.cards = cards;
        this.access = access;
        this.films = films;
    }

    /** Upcoming and past screenings, each as a member sees it. */
    public record Schedule(List<ScreeningCard> upcoming, List<ScreeningCard> past) {}

    @Transactional(readOnly = true)
    public ScreeningCard view(String slug, long screeningId) {
        var membership = access.requireMember(slug);
        var screening = screenings
                .findById(screeningId)
                .filter(s -> s.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(ScreeningService.NO_SUCH_SCREENING));
        return cards.of(membership, screening);
    }

    /** The club's screenings, soonest first; those over, most recent first. */
    @Transactional(readOnly = true)
    public Schedule forClub(String slug) {
        var membership = access.requireMember(slug);
        return cards.split(membership, screenings.findByClub(membership.clubId()));
    }

    @Transactional(readOnly = true)
    public Schedule forFilm(String slug, long filmId) {
        var membership = access.requireMember(slug);
        films.filmIn(membership, filmId);
        return cards.split(membership, screenings.findByFilm(filmId));
    }
}

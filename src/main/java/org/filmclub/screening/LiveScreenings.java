package org.filmclub.screening;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubService;
import org.filmclub.club.ClubSummary;
import org.filmclub.film.FilmService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is live right now across the current member's clubs, for "live now" wherever they are. */
@Service
public class LiveScreenings {

    private final ScreeningRepository screenings;
    private final ClubService clubs;
    private final ClubAccess access;
    private final FilmService films;

    LiveScreenings(ScreeningRepository screenings, ClubService clubs, ClubAccess access, FilmService films) {
        this.screenings = screenings;
        this.clubs = clubs;
        this.access = access;
        this.films = films;
    }

    /** The screenings live right now in any of the current member's clubs. */
    @Transactional(readOnly = true)
    public List<ScreeningLive> liveNow() {
        var mine = clubs.myClubs().stream().map(ClubSummary::id).collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return List.of();
        }
        return screenings.findLive(mine).stream()
                .map(s -> new ScreeningLive(
                        s.clubId(),
                        s.getId(),
                        access.requireMember(s.clubId()).slug(),
                        films.titles(s.clubId(), Set.of(s.filmId())).getOrDefault(s.filmId(), "A film"),
                        true))
                .toList();
    }
}

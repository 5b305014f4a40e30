package org.filmclub.screening;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
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
    private final FilmService films;

    LiveScreenings(ScreeningRepository screenings, ClubService clubs, FilmService films) {
        this.screenings = screenings;
        this.clubs = clubs;
        this.films = films;
    }

    /** The screenings live right now in any of the current member's clubs. */
    @Transactional(readOnly = true)
    public List<ScreeningLive> liveNow() {
        // The member's own clubs, with their addresses: no further membership look-up per screening.
        var slugs = clubs.myClubs().stream().collect(Collectors.toMap(ClubSummary::id, ClubSummary::slug));
        if (slugs.isEmpty()) {
            return List.of();
        }
        var live = screenings.findLive(slugs.keySet());
        var titles = new HashMap<Long, String>();
        live.stream()
                .collect(Collectors.groupingBy(
                        Screening::clubId, Collectors.mapping(Screening::filmId, Collectors.toSet())))
                .forEach((clubId, filmIds) -> titles.putAll(films.titles(clubId, filmIds)));
        return live.stream()
                .map(s -> new ScreeningLive(
                        s.clubId(), s.getId(), slugs.get(s.clubId()), titles.getOrDefault(s.filmId(), "A film"), true))
                .toList();
    }
}

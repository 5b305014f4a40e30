package org.filmclub.screening.ui;

import static org.filmclub.screening.ScreeningLimits.DISCUSSION_MINUTES;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import org.filmclub.film.FilmService;
import org.filmclub.film.FilmSummary;
import org.filmclub.screening.ScreeningService;

/**
 * Scheduling started from elsewhere, such as a poll's winner: the host's schedule dialog with that film
 * filled in. Saving goes through {@link ScreeningService} as from the club's page.
 */
public final class ScreeningScheduling {

    private ScreeningScheduling() {}

    /**
     * @param title the film's title, to find it among the club's films if it is not among the newest
     * @param saved what to do once the screening is scheduled
     */
    public static void open(
            ScreeningService screenings,
            FilmService films,
            String slug,
            long filmId,
            String title,
            ZoneId hostZone,
            Runnable saved) {
        var list = new ArrayList<>(films.films(slug, "", 200).films());
        if (list.stream().noneMatch(f -> f.id() == filmId)) {
            films.films(slug, title, 200).films().stream()
                    .filter(f -> f.id() == filmId)
                    .forEach(f -> list.add(0, f));
        }
        var dialog = new ScheduleDialog(screenings, slug, list, hostZone, Optional.empty(), saved);
        list.stream().filter(f -> f.id() == filmId).findFirst().ifPresent(film -> choose(dialog, film));
        dialog.open();
    }

    private static void choose(ScheduleDialog dialog, FilmSummary film) {
        dialog.film.setValue(film);
        dialog.duration.setValue(film.runtimeMinutes() + DISCUSSION_MINUTES);
    }
}

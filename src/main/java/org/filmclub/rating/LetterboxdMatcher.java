package org.filmclub.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filmclub.film.FilmSummary;
import org.filmclub.film.TitleKey;

/**
 * Matches a Letterboxd file's rows to the club's films by title and year (case, accents and punctuation aside) and
 * sorts them against the member's current ratings. Plain work over records, no database.
 */
final class LetterboxdMatcher {

    private LetterboxdMatcher() {}

    /**
     * @param films the club's films by title key
     * @param mine the member's current rating of each film they rated, in half stars, by film id
     * @param today the member's today, for refusing watch dates yet to come
     */
    static LetterboxdPreview preview(
            LetterboxdFile file, Map<TitleKey, FilmSummary> films, Map<Long, Integer> mine, LocalDate today) {
        var problems = new ArrayList<>(file.problems());
        var notMatched = new ArrayList<LetterboxdPreview.NotMatched>();
        // A diary holds a film once per watch: the latest watch says what the member thinks now.
        var latest = new LinkedHashMap<Long, LetterboxdEntry>();
        var filmOf = new LinkedHashMap<Long, FilmSummary>();
        for (var entry : file.entries()) {
            var film = films.get(TitleKey.of(entry.title(), entry.year()));
            if (film == null) {
                notMatched.add(new LetterboxdPreview.NotMatched(entry.line(), entry.title(), entry.year()));
                continue;
            }
            var watched = entry.watched();
            if (watched != null && watched.isAfter(today)) {
                problems.add("Line " + entry.line() + ": the watch date " + watched + " has not come yet.");
                continue;
            }
            if (watched != null && watched.isBefore(RatingLimits.WATCHED_EARLIEST)) {
                problems.add("Line " + entry.line() + ": the watch date " + watched + " is before "
                        + RatingLimits.WATCHED_EARLIEST.getYear() + ".");
                continue;
            }
            filmOf.put(film.id(), film);
            latest.merge(film.id(), entry, LetterboxdMatcher::later);
        }
        var fresh = new ArrayList<LetterboxdPreview.Item>();
        var differing = new ArrayList<LetterboxdPreview.Item>();
        var unchanged = 0;
        for (var e : latest.entrySet()) {
            var entry = e.getValue();
            var film = filmOf.get(e.getKey());
            var take = entry.review();
            if (take.length() > RatingLimits.TAKE_MAX) {
                problems.add("Line " + entry.line() + ": the review is longer than " + RatingLimits.TAKE_MAX
                        + " characters, the longest take Filmclub keeps, so the rating comes without it.");
                take = "";
            }
            var current = mine.get(film.id());
            var item = new LetterboxdPreview.Item(
                    film.id(), film.title(), film.year(), entry.halves(), current, entry.watched(), take, entry.line());
            if (current == null) {
                fresh.add(item);
            } else if (current != entry.halves()) {
                differing.add(item);
            } else {
                unchanged++;
            }
        }
        var byTitle =
                Comparator.comparing(LetterboxdPreview.Item::title).thenComparingInt(LetterboxdPreview.Item::year);
        fresh.sort(byTitle);
        differing.sort(byTitle);
        return new LetterboxdPreview(fresh, differing, unchanged, notMatched, problems, file.withoutRating());
    }

    /** The later watch of the two; undated counts as earliest, and of equals the later line. */
    private static LetterboxdEntry later(LetterboxdEntry a, LetterboxdEntry b) {
        var order = Comparator.comparing(LetterboxdEntry::watched, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(LetterboxdEntry::line);
        return order.compare(a, b) >= 0 ? a : b;
    }
}

package org.filmclub.rating;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a Letterboxd file would do, before anything is written: ratings of films the member has not rated
 * ({@code fresh}), ratings that differ from the member's current one ({@code differing}, each to be confirmed), how
 * many say what the member already said, the rows that name a film the club does not have, and a line-numbered
 * message for each row that could not be read.
 */
public record LetterboxdPreview(
        List<Item> fresh,
        List<Item> differing,
        int unchanged,
        List<NotMatched> notMatched,
        List<String> problems,
        int withoutRating) {

    public LetterboxdPreview {
        fresh = List.copyOf(fresh);
        differing = List.copyOf(differing);
        notMatched = List.copyOf(notMatched);
        problems = List.copyOf(problems);
    }

    /**
     * A rating the file would give a film of the club.
     *
     * @param current the member's rating of it when the preview was made, in half stars, or null when none; the
     *     import leaves the film alone if that has changed meanwhile
     */
    public record Item(
            long filmId,
            String title,
            int year,
            int halves,
            Integer current,
            LocalDate watched,
            String take,
            int line) {}

    /** A row naming a film the club does not have. */
    public record NotMatched(int line, String title, int year) {}
}

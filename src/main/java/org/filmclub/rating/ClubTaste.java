package org.filmclub.rating;

import java.time.LocalDate;
import java.util.List;

/**
 * A club's taste as one member may see it: its verdict on each film, where it splits, what its evenings changed,
 * who agrees with whom, and each member's diary. Only members in the club now count; films whose ratings the club
 * hides from this member until they rate them are left out ({@code withheldFilms} of them).
 */
public record ClubTaste(
        List<FilmAverage> byAverage,
        List<FilmSpread> divisive,
        List<FilmMoved> moved,
        List<Agreement> agreements,
        List<Diary> diaries,
        int withheldFilms) {

    /** Pairs of members are compared only on at least this many films both rated. */
    public static final int AGREEMENT_MIN_FILMS = 3;

    /** The widest rating is 4½ stars apart (½ against 5). */
    static final double WIDEST_GAP_STARS = 4.5;

    public ClubTaste {
        byAverage = List.copyOf(byAverage);
        divisive = List.copyOf(divisive);
        moved = List.copyOf(moved);
        agreements = List.copyOf(agreements);
        diaries = List.copyOf(diaries);
    }

    /** A film as the page names it. */
    public record Film(long id, String title, int year) {
        public String label() {
            return title + " (" + year + ")";
        }
    }

    /** The mean of members' current ratings, in stars. */
    public record FilmAverage(Film film, double stars, int count) {}

    /** The population standard deviation of members' current ratings, in stars. */
    public record FilmSpread(Film film, double deviation, double stars, int count) {}

    /**
     * What the discussion did to a film: the mean of members' first ratings and of their current ones, how many
     * went up and down, and how far all of them moved together, in stars.
     */
    public record FilmMoved(Film film, double before, double after, int up, int down, double movement) {}

    /** How much two members agree: 1 − (mean absolute difference in stars) / 4½, over the films both rated. */
    public record Agreement(String first, String second, int films, double score) {

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    /** One member's films, latest watched first. */
    public record Diary(long memberId, String name, List<DiaryEntry> entries) {
        public Diary {
            entries = List.copyOf(entries);
        }
    }

    /**
     * @param watched the day they last said they watched it, or null
     * @param before their first rating, in half stars
     * @param after their current rating, in half stars
     */
    public record DiaryEntry(Film film, LocalDate watched, int before, int after) {}
}

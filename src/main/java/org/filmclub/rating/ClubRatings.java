package org.filmclub.rating;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Every kept rating of a club's films, as one member may see them: the club's taste page and Letterboxd
 * export read from here. Only members who are in the club now count. Where the club hides ratings until a
 * member rated the film, the other members' ratings of films this member has not rated are left out (their
 * ids are in {@code withheldFilms}); the member's own are always in.
 *
 * @param history every kept rating, in the order given per member and film
 */
public record ClubRatings(
        long clubId, long viewerId, boolean hiddenUntilRated, Set<Long> withheldFilms, List<RatingEntry> history) {

    public ClubRatings {
        withheldFilms = Set.copyOf(withheldFilms);
        history = List.copyOf(history);
    }

    /** Each member's latest rating of each film: the club's current verdict. */
    public List<RatingEntry> current() {
        // The history is in the order given, so the one met last is the latest.
        return pick((earlier, later) -> later);
    }

    /** Each member's first rating of each film: "before the discussion". */
    public List<RatingEntry> first() {
        return history.stream().filter(RatingEntry::first).toList();
    }

    /** The viewer's own latest rating of each film they rated. */
    public List<RatingEntry> mine() {
        return current().stream().filter(r -> r.memberId() == viewerId).toList();
    }

    private List<RatingEntry> pick(BinaryOperator<RatingEntry> which) {
        Map<List<Long>, RatingEntry> latest =
                history.stream().collect(Collectors.toMap(r -> List.of(r.filmId(), r.memberId()), r -> r, which));
        return latest.values().stream()
                .sorted(Comparator.comparingLong(RatingEntry::filmId).thenComparingLong(RatingEntry::memberId))
                .toList();
    }
}

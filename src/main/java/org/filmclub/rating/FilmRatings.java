package org.filmclub.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A film's ratings in one club, read at one moment: the same snapshot goes to every open page of the film, and
 * each page shows it as {@link #seenBy} its member. Only members who are in the club now count.
 * <p>
 * The rule for "before" and "after" the discussion: a member's first rating of the film is "before"; their
 * latest is "after" (for a member who rated once, the same rating). The discussion "moved" a member whose
 * latest rating differs from their first.
 *
 * @param hiddenUntilRated the club's setting: a member sees the club's ratings only after rating the film
 * @param withheld         whether this copy leaves out the club's ratings because its member has not rated yet
 * @param members          one line per member who rated, first and latest rating, by name
 * @param takes            every take as written, newest first, each with the stars given with it
 */
public record FilmRatings(
        long filmId,
        long clubId,
        Instant readAt,
        boolean hiddenUntilRated,
        boolean withheld,
        List<MemberRating> members,
        List<Take> takes) {

    /** A member's first and latest ratings of the film; {@code count} is how many they gave in all. */
    public record MemberRating(
            long memberId, String name, int first, int latest, int count, Instant ratedAt, LocalDate watchedOn) {

        /** Whether the discussion moved this member: their latest rating differs from their first. */
        public boolean moved() {
            return first != latest;
        }
    }

    /** A take and the stars given with it; {@code html} is the sanitised Markdown. */
    public record Take(long memberId, String name, int halves, String html, Instant ratedAt, boolean first) {}

    /** How one member's rating moved, in half stars: {@code to - from}. */
    public record Shift(long memberId, String name, int from, int to) {
        public int by() {
            return to - from;
        }
    }

    public FilmRatings {
        members = List.copyOf(members);
        takes = List.copyOf(takes);
    }

    /** This snapshot as a member may see it: without the club's ratings while the club hides them from them. */
    public FilmRatings seenBy(long memberId) {
        if (withheld || !hiddenUntilRated || mine(memberId).isPresent()) {
            return this;
        }
        return new FilmRatings(filmId, clubId, readAt, true, true, List.of(), List.of());
    }

    /** The member's own first and latest rating, if they rated the film. */
    public Optional<MemberRating> mine(long memberId) {
        return members.stream().filter(m -> m.memberId() == memberId).findFirst();
    }

    /** How many members rated the film. */
    public int count() {
        return members.size();
    }

    /** The club's average of its members' latest ratings, in stars; empty when no one rated. */
    public Optional<Double> average() {
        return members.isEmpty()
                ? Optional.empty()
                : Optional.of(members.stream()
                                .mapToInt(MemberRating::latest)
                                .average()
                                .orElseThrow()
                        / 2);
    }

    /** How many members gave each number of half stars first: index 0 is ½ star, 9 is 5 stars. */
    public int[] before() {
        var counts = new int[RatingLimits.HALVES_MAX];
        members.forEach(m -> counts[m.first() - 1]++);
        return counts;
    }

    /** How many members give each number of half stars now: index 0 is ½ star, 9 is 5 stars. */
    public int[] after() {
        var counts = new int[RatingLimits.HALVES_MAX];
        members.forEach(m -> counts[m.latest() - 1]++);
        return counts;
    }

    /** Everyone the discussion moved, the largest shifts first, then by name. */
    public List<Shift> shifts() {
        return members.stream()
                .filter(MemberRating::moved)
                .map(m -> new Shift(m.memberId(), m.name(), m.first(), m.latest()))
                .sorted(Comparator.comparingInt((Shift s) -> -Math.abs(s.by())).thenComparing(Shift::name))
                .toList();
    }

    public long movedUp() {
        return members.stream().filter(m -> m.latest() > m.first()).count();
    }

    public long movedDown() {
        return members.stream().filter(m -> m.latest() < m.first()).count();
    }

    /** Whether this snapshot was read before the other one, so showing it would step back in time. */
    public boolean olderThan(FilmRatings other) {
        return other != null && readAt.isBefore(other.readAt());
    }
}

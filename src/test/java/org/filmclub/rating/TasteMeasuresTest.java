package org.filmclub.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.filmclub.rating.ClubTaste.Film;
import org.filmclub.rating.TasteMeasures.Rated;
import org.junit.jupiter.api.Test;

class TasteMeasuresTest {

    private static final Film HER = new Film(1, "Her", 2013);
    private static final Film ARRIVAL = new Film(2, "Arrival", 2016);
    private static final Film STALKER = new Film(3, "Stalker", 1979);
    private static final Film SOLARIS = new Film(4, "Solaris", 1972);
    private static final Map<Long, Film> FILMS = Map.of(1L, HER, 2L, ARRIVAL, 3L, STALKER, 4L, SOLARIS);
    private static final Map<Long, String> MEMBERS = Map.of(10L, "Ana", 11L, "Ben", 12L, "Cleo");

    private static Rated rated(long member, Film film, int before, int after) {
        return new Rated(member, film.id(), before, after, null);
    }

    @Test
    void films_are_ranked_by_the_mean_of_current_ratings_with_their_counts() {
        var taste = TasteMeasures.compute(
                List.of(rated(10, HER, 6, 8), rated(11, HER, 10, 10), rated(10, ARRIVAL, 10, 10)), FILMS, MEMBERS, 0);

        assertThat(taste.byAverage())
                .extracting(a -> a.film().title(), ClubTaste.FilmAverage::stars, ClubTaste.FilmAverage::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Arrival", 5.0, 1),
                        org.assertj.core.groups.Tuple.tuple("Her", 4.5, 2));
    }

    @Test
    void the_most_divisive_film_has_the_widest_standard_deviation_and_a_unanimous_one_is_not_divisive() {
        var taste = TasteMeasures.compute(
                List.of(
                        rated(10, HER, 2, 2),
                        rated(11, HER, 10, 10), // 1 and 5 stars: a deviation of 2
                        rated(10, ARRIVAL, 6, 6),
                        rated(11, ARRIVAL, 8, 8), // 3 and 4 stars: deviation ½
                        rated(10, STALKER, 8, 8),
                        rated(11, STALKER, 8, 8)),
                FILMS,
                MEMBERS,
                0);

        assertThat(taste.divisive()).extracting(s -> s.film().title()).containsExactly("Her", "Arrival");
        assertThat(taste.divisive().get(0).deviation()).isCloseTo(2.0, within(1e-9));
        assertThat(taste.divisive().get(1).deviation()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void the_films_the_discussion_moved_most_come_first_with_before_and_after_means_and_who_went_which_way() {
        var taste = TasteMeasures.compute(
                List.of(
                        rated(10, HER, 6, 9),
                        rated(11, HER, 8, 7),
                        rated(12, HER, 5, 5),
                        rated(10, ARRIVAL, 6, 7),
                        rated(10, STALKER, 8, 8)),
                FILMS,
                MEMBERS,
                0);

        assertThat(taste.moved()).extracting(m -> m.film().title()).containsExactly("Her", "Arrival");
        var her = taste.moved().get(0);
        assertThat(her.before()).isCloseTo(19 / 6.0, within(1e-9));
        assertThat(her.after()).isCloseTo(21 / 6.0, within(1e-9));
        assertThat(her.up()).isEqualTo(1);
        assertThat(her.down()).isEqualTo(1);
        assertThat(her.movement()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void two_members_agree_by_one_minus_their_mean_gap_over_four_and_a_half_stars_on_three_films_or_more() {
        var taste = TasteMeasures.compute(
                List.of(
                        rated(10, HER, 1, 8),
                        rated(10, ARRIVAL, 1, 6),
                        rated(10, STALKER, 1, 10),
                        rated(11, HER, 1, 8),
                        rated(11, ARRIVAL, 1, 8),
                        rated(11, STALKER, 1, 1),
                        rated(12, HER, 1, 8),
                        rated(12, ARRIVAL, 1, 8)),
                FILMS,
                MEMBERS,
                0);

        // Ana and Ben: gaps 0, 1 and 4½ stars, a mean of 11/6; Cleo shares only two films with each.
        assertThat(taste.agreements()).hasSize(1);
        var pair = taste.agreements().get(0);
        assertThat(List.of(pair.first(), pair.second(), pair.films())).containsExactly("Ana", "Ben", 3);
        assertThat(pair.score()).isCloseTo(1 - (11 / 6.0) / 4.5, within(1e-9));
        assertThat(pair.percent()).isEqualTo(59);
    }

    @Test
    void identical_ratings_agree_fully_and_opposite_ones_not_at_all() {
        var same = TasteMeasures.compute(
                List.of(
                        rated(10, HER, 1, 7),
                        rated(10, ARRIVAL, 1, 3),
                        rated(10, STALKER, 1, 9),
                        rated(11, HER, 1, 7),
                        rated(11, ARRIVAL, 1, 3),
                        rated(11, STALKER, 1, 9)),
                FILMS,
                MEMBERS,
                0);
        var opposite = TasteMeasures.compute(
                List.of(
                        rated(10, HER, 1, 1),
                        rated(10, ARRIVAL, 1, 10),
                        rated(10, STALKER, 1, 1),
                        rated(11, HER, 1, 10),
                        rated(11, ARRIVAL, 1, 1),
                        rated(11, STALKER, 1, 10)),
                FILMS,
                MEMBERS,
                0);

        assertThat(same.agreements().get(0).percent()).isEqualTo(100);
        assertThat(opposite.agreements().get(0).percent()).isZero();
    }

    @Test
    void members_who_left_and_films_not_in_the_club_do_not_count() {
        var taste = TasteMeasures.compute(
                List.of(rated(10, HER, 8, 8), rated(99, HER, 2, 2), new Rated(10, 77, 2, 2, null)), FILMS, MEMBERS, 0);

        assertThat(taste.byAverage()).singleElement().satisfies(a -> {
            assertThat(a.stars()).isEqualTo(4.0);
            assertThat(a.count()).isEqualTo(1);
        });
        assertThat(taste.diaries()).extracting(ClubTaste.Diary::name).containsExactly("Ana");
    }

    @Test
    void each_members_diary_lists_their_films_latest_watched_first_with_undated_ones_last() {
        var taste = TasteMeasures.compute(
                List.of(
                        new Rated(11, HER.id(), 7, 9, LocalDate.of(2024, 3, 1)),
                        new Rated(11, ARRIVAL.id(), 6, 6, null),
                        new Rated(11, STALKER.id(), 10, 10, LocalDate.of(2024, 5, 1)),
                        new Rated(10, SOLARIS.id(), 8, 8, LocalDate.of(2023, 1, 1))),
                FILMS,
                MEMBERS,
                2);

        assertThat(taste.diaries()).extracting(ClubTaste.Diary::name).containsExactly("Ana", "Ben");
        assertThat(taste.diaries().get(1).entries())
                .extracting(e -> e.film().title(), ClubTaste.DiaryEntry::before, ClubTaste.DiaryEntry::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Stalker", 10, 10),
                        org.assertj.core.groups.Tuple.tuple("Her", 7, 9),
                        org.assertj.core.groups.Tuple.tuple("Arrival", 6, 6));
        assertThat(taste.withheldFilms()).isEqualTo(2);
    }

    @Test
    void a_club_without_ratings_has_an_empty_taste() {
        var taste = TasteMeasures.compute(List.of(), FILMS, MEMBERS, 0);

        assertThat(taste.byAverage()).isEmpty();
        assertThat(taste.divisive()).isEmpty();
        assertThat(taste.moved()).isEmpty();
        assertThat(taste.agreements()).isEmpty();
        assertThat(taste.diaries()).isEmpty();
    }
}

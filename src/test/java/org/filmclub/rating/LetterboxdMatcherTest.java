package org.filmclub.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.filmclub.film.FilmSummary;
import org.filmclub.film.TitleKey;
import org.junit.jupiter.api.Test;

class LetterboxdMatcherTest {

    private static final FilmSummary AMELIE = film(1, "Amélie", 2001);
    private static final FilmSummary TIGER = film(2, "Crouching Tiger, Hidden Dragon", 2000);
    private static final FilmSummary HER = film(3, "Her", 2013);
    private static final Map<TitleKey, FilmSummary> CLUB = Stream.of(AMELIE, TIGER, HER)
            .collect(Collectors.toMap(f -> TitleKey.of(f.title(), f.year()), Function.identity()));
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private static FilmSummary film(long id, String title, int year) {
        return new FilmSummary(id, title, year, "", 100, Instant.EPOCH);
    }

    @Test
    void the_club_diary_fixture_matches_by_title_and_year_and_lists_the_rest_as_not_matched() {
        var file = LetterboxdCsv.read(LetterboxdCsvTest.fixture("diary.csv"));

        var preview = LetterboxdMatcher.preview(file, CLUB, Map.of(), TODAY);

        assertThat(preview.fresh())
                .extracting(LetterboxdPreview.Item::filmId, LetterboxdPreview.Item::halves)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 9),
                        org.assertj.core.groups.Tuple.tuple(2L, 8),
                        // Her was watched twice; the later watch says what the member thinks now.
                        org.assertj.core.groups.Tuple.tuple(3L, 8));
        assertThat(preview.notMatched()).containsExactly(new LetterboxdPreview.NotMatched(5, "Stalker", 1979));
        assertThat(preview.withoutRating()).isEqualTo(1);
        assertThat(preview.differing()).isEmpty();
    }

    @Test
    void titles_match_whatever_the_case_and_accents_but_not_in_another_year() {
        var file = new LetterboxdFile(
                List.of(
                        new LetterboxdEntry("AMELIE", 2001, 8, null, "", 2),
                        new LetterboxdEntry("crouching tiger hidden dragon", 2000, 6, null, "", 3),
                        new LetterboxdEntry("Her", 2014, 6, null, "", 4)),
                List.of(),
                0);

        var preview = LetterboxdMatcher.preview(file, CLUB, Map.of(), TODAY);

        assertThat(preview.fresh()).extracting(LetterboxdPreview.Item::filmId).containsExactly(1L, 2L);
        assertThat(preview.notMatched())
                .extracting(LetterboxdPreview.NotMatched::year)
                .containsExactly(2014);
    }

    @Test
    void a_rating_that_differs_from_the_members_current_one_waits_to_be_confirmed_and_an_equal_one_is_left_alone() {
        var file = new LetterboxdFile(
                List.of(
                        new LetterboxdEntry("Amélie", 2001, 8, null, "", 2),
                        new LetterboxdEntry("Her", 2013, 6, null, "", 3),
                        new LetterboxdEntry("Crouching Tiger, Hidden Dragon", 2000, 4, null, "", 4)),
                List.of(),
                0);

        var preview = LetterboxdMatcher.preview(file, CLUB, Map.of(1L, 5, 3L, 6), TODAY);

        assertThat(preview.fresh()).extracting(LetterboxdPreview.Item::filmId).containsExactly(2L);
        assertThat(preview.differing()).singleElement().satisfies(item -> {
            assertThat(item.filmId()).isEqualTo(1L);
            assertThat(item.current()).isEqualTo(5);
            assertThat(item.halves()).isEqualTo(8);
        });
        assertThat(preview.unchanged()).isEqualTo(1);
    }

    @Test
    void a_watch_date_yet_to_come_refuses_that_row_alone_and_an_overlong_review_comes_without_its_words() {
        var file = new LetterboxdFile(
                List.of(
                        new LetterboxdEntry("Amélie", 2001, 8, LocalDate.of(2025, 1, 2), "", 2),
                        new LetterboxdEntry("Her", 2013, 6, TODAY, "x".repeat(RatingLimits.TAKE_MAX + 1), 3)),
                List.of("Line 9: the rating “7” is not between ½ and 5 stars in half steps."),
                0);

        var preview = LetterboxdMatcher.preview(file, CLUB, Map.of(), TODAY);

        assertThat(preview.fresh()).singleElement().satisfies(item -> {
            assertThat(item.filmId()).isEqualTo(3L);
            assertThat(item.take()).isEmpty();
        });
        assertThat(preview.problems())
                .containsExactly(
                        "Line 9: the rating “7” is not between ½ and 5 stars in half steps.",
                        "Line 2: the watch date 2025-01-02 has not come yet.",
                        "Line 3: the review is longer than 500 characters, the longest take Filmclub keeps, so the "
                                + "rating comes without it.");
    }
}

package org.filmclub.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.film.FilmService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rating a film through the service: the rules, the kept history, who sees what. */
class RatingServiceTest extends ClubWithAFilmTest {

    @Autowired
    RatingService ratings;

    @Autowired
    FilmService films;

    private RatingEntry rateAs(org.filmclub.member.MemberProfile member, int halves, String take) {
        loginAs(member);
        return ratings.rate(slug, filmId, RatingInput.ofHalves(halves, take, null));
    }

    private static void refusedOn(String field, String message, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(field, message));
    }

    @Test
    void a_rating_again_is_kept_after_the_first_and_the_first_stays_before() {
        var first = rateAs(ben, 7, "Tender and *strange*.");
        var again = rateAs(ben, 9, "Even better after the talk.");
        assertThat(first.first()).isTrue();
        assertThat(again.first()).isFalse();
        assertThat(ratings.myHistory(slug, filmId))
                .extracting(RatingEntry::halves)
                .containsExactly(7, 9);

        var page = ratings.film(slug, filmId);
        assertThat(page.mine(ben.id()).orElseThrow().first()).isEqualTo(7);
        assertThat(page.mine(ben.id()).orElseThrow().latest()).isEqualTo(9);
        assertThat(page.shifts()).singleElement().satisfies(s -> assertThat(s.by())
                .isEqualTo(2));
        assertThat(Stars.shift(7, 9)).isEqualTo("3½ → 4½");
        assertThat(page.takes())
                .extracting(FilmRatings.Take::html)
                .first()
                .asString()
                .contains("Even better");
        assertThat(page.takes().get(1).html()).contains("<em>strange</em>");
    }

    @Test
    void the_same_rating_sent_twice_is_kept_once() {
        rateAs(ben, 6, "Fine.");
        rateAs(ben, 6, "Fine.");
        assertThat(ratings.myHistory(slug, filmId)).hasSize(1);
    }

    @Test
    void stars_outside_half_to_five_or_between_half_steps_are_refused() {
        loginAs(ben);
        var message = "A rating goes from ½ to 5 stars.";
        refusedOn("stars", message, () -> ratings.rate(slug, filmId, new RatingInput(BigDecimal.ZERO, "", null)));
        refusedOn("stars", message, () -> ratings.rate(slug, filmId, new RatingInput(new BigDecimal("5.5"), "", null)));
        refusedOn(
                "stars",
                "Ratings go in half stars, like 3 or 3½.",
                () -> ratings.rate(slug, filmId, new RatingInput(new BigDecimal("3.3"), "", null)));
        refusedOn("stars", "Choose how many stars.", () -> ratings.rate(slug, filmId, new RatingInput(null, "", null)));
        assertThat(ratings.myHistory(slug, filmId)).isEmpty();
    }

    @Test
    void a_take_over_the_limit_and_a_day_still_to_come_are_refused() {
        loginAs(ben);
        refusedOn(
                "take",
                "A take can be at most 500 characters; this one has 501.",
                () -> ratings.rate(slug, filmId, RatingInput.ofHalves(6, "x".repeat(501), null)));
        var tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Europe/Lisbon"))).plusDays(1);
        refusedOn(
                "watchedOn",
                "That day has not come yet where you are.",
                () -> ratings.rate(slug, filmId, RatingInput.ofHalves(6, "", tomorrow)));
        refusedOn(
                "watchedOn",
                "Pick a day after 1900.",
                () -> ratings.rate(slug, filmId, RatingInput.ofHalves(6, "", LocalDate.of(1850, 1, 1))));
        assertThat(ratings.myHistory(slug, filmId)).isEmpty();
    }

    @Test
    void a_take_keeps_only_the_safe_markdown_of_messages() {
        rateAs(ben, 8, "<script>alert(1)</script> **bold** [link](javascript:alert(1))");
        loginAs(ben);
        var html = ratings.film(slug, filmId).takes().get(0).html();
        assertThat(html).doesNotContain("<script", "javascript:").contains("<strong>bold</strong>");
    }

    @Test
    void the_clubs_ratings_stay_hidden_until_the_member_rated_unless_a_host_turns_that_off() {
        rateAs(ben, 8, "Loved it.");
        loginAs(cleo);
        var unrated = ratings.film(slug, filmId);
        assertThat(unrated.withheld()).isTrue();
        assertThat(unrated.members()).isEmpty();
        assertThat(unrated.takes()).isEmpty();
        assertThat(ratings.club(slug).history()).isEmpty();

        rateAs(cleo, 4, "");
        assertThat(ratings.film(slug, filmId).count()).isEqualTo(2);
        assertThat(ratings.club(slug).current()).hasSize(2);

        loginAs(ben);
        assertThatThrownBy(() -> ratings.setHiddenUntilRated(slug, false)).isInstanceOf(NotPermittedException.class);
        loginAs(host);
        assertThat(ratings.film(slug, filmId).withheld()).isTrue();
        ratings.setHiddenUntilRated(slug, false);
        assertThat(ratings.hiddenUntilRated(slug)).isFalse();
        assertThat(ratings.film(slug, filmId).count()).isEqualTo(2);
        assertThat(ratings.film(slug, filmId).average()).contains(3.0);
    }

    @Test
    void a_member_who_left_stops_counting() {
        rateAs(ben, 10, "");
        rateAs(cleo, 2, "");
        loginAs(ben);
        clubService.leave(slug);
        loginAs(cleo);
        var page = ratings.film(slug, filmId);
        assertThat(page.count()).isEqualTo(1);
        assertThat(page.after()[1]).isEqualTo(1);
    }

    @Test
    void a_film_removed_before_the_rating_arrives_is_missing_and_nothing_is_written() {
        loginAs(host);
        films.remove(slug, filmId);
        loginAs(ben);
        assertThatThrownBy(() -> ratings.rate(slug, filmId, RatingInput.ofHalves(6, "", null)))
                .isInstanceOf(ContentNotFoundException.class)
                .hasMessageContaining("It may have been removed");
    }

    @Test
    void a_member_of_another_club_can_reach_none_of_it() {
        rateAs(ben, 8, "Mine.");
        var outsider = newMember("Olga Outside");
        var otherSlug = newClub(outsider);
        loginAs(outsider);
        looksMissing(() -> ratings.rate(slug, filmId, RatingInput.ofHalves(6, "", null)));
        looksMissing(() -> ratings.film(slug, filmId));
        looksMissing(() -> ratings.myHistory(slug, filmId));
        looksMissing(() -> ratings.club(slug));
        looksMissing(() -> ratings.hiddenUntilRated(slug));
        looksMissing(() -> ratings.setHiddenUntilRated(slug, false));
        // Through their own club, the film still is not theirs.
        looksMissing(() -> ratings.rate(otherSlug, filmId, RatingInput.ofHalves(6, "", null)));
        looksMissing(() -> ratings.film(otherSlug, filmId));
        looksMissing(() -> ratings.myHistory(otherSlug, filmId));
        assertThat(ratings.club(otherSlug).history()).isEmpty();
    }

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void a_films_ratings_cross_to_other_nodes_as_json_and_read_back_the_same() throws Exception {
        rateAs(ben, 7, "Tender.");
        rateAs(ben, 9, "Better.");
        rateAs(cleo, 4, "");
        var event = new FilmRatingsChanged(context.getBean(RatingUpdates.class)
                .snapshot(filmId, ratings.film(slug, filmId).clubId()));
        var strict =
                json.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(strict.readValue(json.writeValueAsString(event), FilmRatingsChanged.class))
                .isEqualTo(event);
    }
}

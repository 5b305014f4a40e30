package org.filmclub.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.base.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a crafted request or a script could do with ratings, and how the service stops it. */
class RatingAbuseTest extends ClubWithAFilmTest {

    @Autowired
    RatingService ratings;

    @Autowired
    LetterboxdService letterboxd;

    @AfterEach
    void clockRuns() {
        clock.resume();
    }

    @Test
    void a_takes_control_characters_are_dropped_and_its_line_breaks_kept() {
        loginAs(ben);
        ratings.rate(slug, filmId, RatingInput.ofHalves(8, "Tender\u0000 and\u001b strange.\r\nReally.", null));

        assertThat(ratings.myHistory(slug, filmId))
                .singleElement()
                .extracting(RatingEntry::take)
                .isEqualTo("Tender and strange.\nReally.");
    }

    @Test
    void a_member_rating_over_and_over_is_asked_to_slow_down_and_may_go_on_later() {
        loginAs(ben);
        var limit = RatingLimits.RATING_FLOOD;
        clock.stop();
        for (var i = 0; i < limit.count(); i++) {
            ratings.rate(slug, filmId, RatingInput.ofHalves(1 + i % 10, "take " + i, null));
        }
        // The same rating again changes nothing, so it is no write to count.
        ratings.rate(
                slug, filmId, RatingInput.ofHalves(1 + (limit.count() - 1) % 10, "take " + (limit.count() - 1), null));

        assertThatThrownBy(() -> ratings.rate(slug, filmId, RatingInput.ofHalves(5, "one more", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("stars"));
        assertThat(ratings.myHistory(slug, filmId)).hasSize(limit.count());

        clock.stopAt(clock.instant().plus(limit.window()).plus(Duration.ofSeconds(1)));
        ratings.rate(slug, filmId, RatingInput.ofHalves(5, "one more", null));
        assertThat(ratings.myHistory(slug, filmId)).hasSize(limit.count() + 1);
    }

    @Test
    void the_export_keeps_a_title_or_take_that_looks_like_a_formula_as_written() {
        var film = context.getBean(org.filmclub.film.FilmService.class)
                .add(slug, new org.filmclub.film.FilmDetails("=1+1", 2001, "Someone", 90, "", ""))
                .id();
        loginAs(ben);
        ratings.rate(slug, film, RatingInput.ofHalves(6, "@everyone -see it", null));

        var csv = new String(letterboxd.export(slug), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("=1+1,2001,3,,@everyone -see it");
    }
}

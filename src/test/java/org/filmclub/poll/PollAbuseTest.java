package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.stream.IntStream;
import org.filmclub.base.InvalidInputException;
import org.filmclub.film.FilmDetails;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a crafted request or a script could do with nominations and date polls, and how the services stop it. */
class PollAbuseTest extends PollFixture {

    @Autowired
    DatePollService datePolls;

    MemberProfile host;
    MemberProfile ana;
    String slug;

    @BeforeEach
    void aClub() {
        clock.stopAt(NOW);
        host = newMember("Hana Host");
        ana = newMember("Ana Lima");
        slug = newClub(host, ana);
    }

    @AfterEach
    void clockRuns() {
        clock.resume();
    }

    @Test
    void a_clubs_list_of_open_nominations_stops_growing_at_its_limit_until_some_are_taken_off() {
        loginAs(ana);
        long last = 0;
        for (var i = 0; i < PollLimits.NOMINATIONS_OPEN_MAX; i++) {
            if (i > 0 && i % PollLimits.NOMINATION_FLOOD.count() == 0) {
                clock.stopAt(clock.instant().plus(PollLimits.NOMINATION_FLOOD.window()));
            }
            last = nominations.nominate(slug, film("Film " + i, 2000), true);
        }
        clock.stopAt(clock.instant().plus(PollLimits.NOMINATION_FLOOD.window()));

        assertThatThrownBy(() -> nominations.nominate(slug, film("One too many", 2000), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("title"));

        nominations.withdraw(slug, last);
        assertThat(nominations.nominate(slug, film("One too many", 2000), true)).isPositive();
    }

    @Test
    void a_date_poll_with_more_times_than_allowed_is_refused_at_once() {
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Ran", 1985, "Akira Kurosawa", 162, "", ""))
                .id();
        var times = IntStream.range(0, 10_000)
                .mapToObj(i -> EVENING.plusDays(1).plus(Duration.ofMinutes(i)))
                .toList();
        var many = new java.util.ArrayList<>(times);
        many.addAll(Collections.nCopies(10_000, EVENING.plusDays(1)));

        assertThatThrownBy(() ->
                        datePolls.propose(slug, new DatePollInput(filmId, many, LISBON, 120, "Here", "", null, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .hasSize(1)
                        .containsEntry("times", "Propose at most " + DatePollLimits.TIMES_MAX + " times."));
    }

    @Test
    void a_club_has_only_so_many_polls_open_at_once() {
        var first = nominate(ana, slug, "Ran", 1985);
        var second = nominate(ana, slug, "Ikiru", 1952);
        long last = 0;
        for (var i = 0; i < PollLimits.POLLS_OPEN_MAX; i++) {
            last = openPoll(host, slug, false, first, second);
        }
        assertThatThrownBy(() -> openPoll(host, slug, false, first, second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("nominationIds"));
        polls.close(slug, last);
        assertThat(openPoll(host, slug, false, first, second)).isPositive();
    }
}

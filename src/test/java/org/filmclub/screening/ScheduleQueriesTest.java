package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.filmclub.AbstractAppTest;
import org.filmclub.StatementCounter;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A club's schedule and its calendar feed are read in bulk: more screenings, each with answers, cost no
 * more queries. Counted per thread, on whichever database the suite runs.
 */
class ScheduleQueriesTest extends AbstractAppTest {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final Instant NOW = Instant.parse("2026-10-24T12:00:00Z");

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScheduleService schedules;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    FilmService films;

    private MemberProfile host;
    private MemberProfile ben;
    private MemberProfile cleo;
    private String slug;
    private long filmId;

    @BeforeEach
    void clubWithAFilm() {
        clock.stopAt(NOW);
        host = newMember("Ana Ruiz");
        ben = newMember("Ben Okafor");
        cleo = newMember("Cleo Park");
        slug = newClub(host, ben, cleo);
        loginAs(host);
        filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
    }

    private void addScreenings(int count, int firstDay) {
        for (var i = 0; i < count; i++) {
            loginAs(host);
            var id = screenings.schedule(
                    slug,
                    new ScreeningInput(
                            filmId,
                            LocalDateTime.of(2026, 11, firstDay + i, 20, 0),
                            LISBON,
                            150,
                            "Ana's living room",
                            "",
                            2,
                            ""));
            loginAs(ben);
            screenings.rsvp(slug, id, Answer.GOING);
            loginAs(cleo);
            screenings.rsvp(slug, id, Answer.MAYBE);
        }
    }

    @Test
    void more_screenings_in_the_schedule_cost_no_more_queries() {
        addScreenings(2, 1);
        loginAs(ben);
        var few = queries(() -> schedules.forClub(slug).upcoming().size());
        addScreenings(6, 10);
        loginAs(ben);
        var many = queries(() -> schedules.forClub(slug).upcoming().size());
        System.out.println("Club schedule: " + few + " queries for 2 screenings, " + many + " for 8");
        assertThat(few).as("statements counted").isPositive();
        assertThat(many).isEqualTo(few);
        assertThat(schedules.forClub(slug).upcoming())
                .allSatisfy(s -> assertThat(s.going()).containsExactly("Ben Okafor"))
                .allSatisfy(s -> assertThat(s.maybe()).containsExactly("Cleo Park"))
                .allSatisfy(s -> assertThat(s.myAnswer()).contains(Answer.GOING));
    }

    @Test
    void more_screenings_in_the_calendar_feed_cost_no_more_queries() {
        addScreenings(2, 1);
        loginAs(ben);
        var token = feeds.feedToken(slug);
        var few = queries(() -> feeds.feed(slug, token).size());
        addScreenings(6, 10);
        var many = queries(() -> feeds.feed(slug, token).size());
        System.out.println("Calendar feed: " + few + " queries for 2 screenings, " + many + " for 8");
        assertThat(few).as("statements counted").isPositive();
        assertThat(many).isEqualTo(few);
        assertThat(feeds.feed(slug, token))
                .allSatisfy(s -> assertThat(s.myAnswer()).contains(Answer.GOING));
    }

    /** How many statements the work sent to the database, on this thread (see {@link StatementCounter}). */
    private static long queries(Supplier<Integer> work) {
        var counted = StatementCounter.count(work);
        assertThat(counted.result()).isPositive();
        return counted.statements();
    }
}

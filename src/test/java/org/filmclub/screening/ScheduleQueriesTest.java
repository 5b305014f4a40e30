package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.filmclub.AbstractAppTest;
import org.filmclub.TestDatabase;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/**
 * A club's schedule and its calendar feed are read in bulk: more screenings, each with answers, cost no
 * more queries. Counted with H2's own statistics of the statements it ran.
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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskScheduler scheduler;

    private MemberProfile host;
    private MemberProfile ben;
    private MemberProfile cleo;
    private String slug;
    private long filmId;

    @BeforeEach
    void clubWithAFilm() {
        assumeFalse(TestDatabase.POSTGRES, "counts statements with H2's statistics");
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
        assertThat(many).isEqualTo(few);
        assertThat(feeds.feed(slug, token))
                .allSatisfy(s -> assertThat(s.myAnswer()).contains(Answer.GOING));
    }

    /**
     * How many statements the database ran while the work ran, the statistics' own reads left out. H2 counts
     * every session's statements, so the app's own background work is kept out of the count: the jobs that
     * run on the app's one scheduling thread (reminders, closing polls, the mail poll) wait while this holds
     * that thread, and the mail sender's own thread touches only the outbox, whose statements are not counted.
     */
    private long queries(Supplier<Integer> work) {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        scheduler.schedule(
                () -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Instant.EPOCH);
        try {
            assertThat(holding.await(1, TimeUnit.MINUTES))
                    .as("the scheduling thread is free")
                    .isTrue();
            jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 100000").update();
            jdbc.sql("SET QUERY_STATISTICS TRUE").update();
            // Anything else the app runs meanwhile can only add to a count, never take from it: the least of
            // three counts of the same work is the work's own.
            var fewest = Long.MAX_VALUE;
            for (var round = 0; round < 3; round++) {
                var before = executed();
                assertThat(work.get()).isPositive();
                fewest = Math.min(fewest, executed() - before);
            }
            return fewest;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            release.countDown();
        }
    }

    private long executed() {
        return jdbc.sql(
                        """
                        select coalesce(sum(execution_count), 0) from information_schema.query_statistics
                        where sql_statement not like '%QUERY_STATISTICS%' and sql_statement not like '%query_statistics%'
                          and lower(sql_statement) not like '%mail_outbox%'""")
                .query(Long.class)
                .single();
    }
}

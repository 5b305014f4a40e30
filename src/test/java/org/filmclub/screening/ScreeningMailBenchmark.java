package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.bench.BenchResults;
import org.filmclub.bench.BenchResults.Table;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A screening that 1,000 members answered "going" changes place, and then reaches its reminder: how long the
 * host's request (the one transaction that changes the screening, writes the in-app notifications and the
 * 1,000 mails, each with its own calendar entry) takes, and how fast the sender then delivers the mails to a
 * local SMTP server (the app's development GreenMail), from the commit to the last mail received. Run with
 * {@code ./mvnw -Pbench verify -Dtest=ScreeningMailBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.skipPostgresql=true}.
 */
class ScreeningMailBenchmark extends AbstractAppTest {

    static final int MEMBERS = 1_000;
    static final int ROUNDS = 5;
    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScreeningUpkeep upkeep;

    @Autowired
    FilmService films;

    @Autowired
    GreenMail server;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_change_and_a_reminder_to_a_thousand_members_who_answered() {
        var now = clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        var host = newMember("Hana Host");
        var slug = newClub(host);
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 162, "", ""))
                .id();
        var start =
                LocalDateTime.ofInstant(now, LISBON).plusDays(3).withHour(20).withMinute(0);
        var id = screenings.schedule(slug, input(filmId, start, "The small cinema"));
        var clubId = repository().findById(id).orElseThrow().clubId();
        answeredByAThousand(clubId, id, now);

        var changeNanos = new long[ROUNDS];
        var drainNanos = new long[ROUNDS];
        for (int round = 0; round <= ROUNDS; round++) {
            var venue = "Room " + round;
            var before = server.getReceivedMessages().length;
            long begin = System.nanoTime();
            screenings.edit(slug, id, input(filmId, start, venue), false);
            long committed = System.nanoTime();
            assertThat(server.waitForIncomingEmail(300_000, before + MEMBERS)).isTrue();
            long drained = System.nanoTime();
            // The first round warms up the JVM and the database; it is not counted.
            if (round > 0) {
                changeNanos[round - 1] = committed - begin;
                drainNanos[round - 1] = drained - committed;
            }
        }

        clock.stopAt(repository().findById(id).orElseThrow().startsAt().minus(java.time.Duration.ofHours(1)));
        var before = server.getReceivedMessages().length;
        long begin = System.nanoTime();
        upkeep.remind(id);
        long committed = System.nanoTime();
        assertThat(server.waitForIncomingEmail(300_000, before + MEMBERS)).isTrue();
        long drained = System.nanoTime();

        Arrays.sort(changeNanos);
        Arrays.sort(drainNanos);
        var changeMs = BenchResults.ms(BenchResults.percentile(changeNanos, 50));
        var drainMs = BenchResults.ms(BenchResults.percentile(drainNanos, 50));
        var perSecond = Math.round(MEMBERS / (drainMs / 1000.0));
        var reminderMs = BenchResults.ms(committed - begin);
        var reminderDrainMs = BenchResults.ms(drained - committed);
        var reminderPerSecond = Math.round(MEMBERS / (reminderDrainMs / 1000.0));

        var figures = new LinkedHashMap<String, Object>();
        figures.put("members", MEMBERS);
        figures.put("changeTransactionP50Ms", changeMs);
        figures.put("changeDrainP50Ms", drainMs);
        figures.put("changeMailsPerSecond", perSecond);
        figures.put("reminderTransactionMs", reminderMs);
        figures.put("reminderDrainMs", reminderDrainMs);
        figures.put("reminderMailsPerSecond", reminderPerSecond);
        new Table(
                        "Screening mail on " + BenchResults.DATABASE + ": " + MEMBERS
                                + " members going; a change of place (median of " + ROUNDS
                                + " rounds after one to warm up), then the reminder (once)",
                        "what",
                        "transaction",
                        "commit to last received",
                        "mails per second")
                .row("change", changeMs + " ms", drainMs + " ms", perSecond)
                .row("reminder", reminderMs + " ms", reminderDrainMs + " ms", reminderPerSecond)
                .print();
        BenchResults.write("screeningMail", figures);
    }

    private ScreeningRepository repository() {
        return context.getBean(ScreeningRepository.class);
    }

    /** 1,000 members with verified addresses join the club and answer "going", written directly: set-up only. */
    private void answeredByAThousand(long clubId, long screeningId, Instant now) {
        var at = Timestamp.from(now);
        var batch = unique("bench");
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            var members = new ArrayList<Object[]>();
            for (int i = 0; i < MEMBERS; i++) {
                var username = batch + "-" + i;
                members.add(new Object[] {username, "Member " + i, "Europe/Lisbon", at, username + "@example.org", at});
            }
            jdbc.batchUpdate(
                    "insert into members (username, display_name, time_zone, created_at, email, email_verified_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    members);
            List<Long> ids = jdbc.queryForList(
                    "select id from members where username like ? order by id", Long.class, batch + "-%");
            jdbc.batchUpdate(
                    "insert into memberships (club_id, member_id, role, joined_at) values (?, ?, 'MEMBER', ?)",
                    ids.stream().map(m -> new Object[] {clubId, m, at}).toList());
            var answered = new ArrayList<Object[]>();
            for (int i = 0; i < ids.size(); i++) {
                answered.add(new Object[] {screeningId, ids.get(i), Timestamp.from(now.plusNanos(i * 1000L))});
            }
            jdbc.batchUpdate(
                    "insert into rsvps (screening_id, member_id, answer, answered_at) values (?, ?, 'GOING', ?)",
                    answered);
        });
    }

    private static ScreeningInput input(long filmId, LocalDateTime start, String venue) {
        return new ScreeningInput(filmId, start, LISBON, 120, venue, "", null, "");
    }
}

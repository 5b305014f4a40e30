package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Members answer every time at once, each from two tabs that disagree: every member ends with exactly one
 * answer per time, one of the two they gave, and the totals count each member once.
 */
class DatePollConcurrencyTest extends AbstractAppTest {

    static final int MEMBERS = 16;

    @Autowired
    DatePollService polls;

    @Autowired
    FilmService films;

    @Autowired
    JdbcClient jdbc;

    @Test
    void members_answering_at_once_from_two_tabs_leave_one_answer_each_per_time() throws Exception {
        var host = newMember("Host");
        var members = new ArrayList<MemberProfile>();
        for (var i = 0; i < MEMBERS; i++) {
            members.add(newMember("Guest " + i));
        }
        var slug = newClub(host, members.toArray(MemberProfile[]::new));
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 161, "", ""))
                .id();
        var evening = LocalDateTime.now(clock).plusDays(7).withHour(20).withMinute(0);
        var id = polls.propose(
                slug,
                new DatePollInput(
                        filmId,
                        List.of(evening, evening.plusDays(1), evening.plusDays(2)),
                        ZoneId.of("Europe/Lisbon"),
                        200,
                        "The small cinema",
                        "",
                        null,
                        ""));
        var choices = polls.view(slug, id).table().choices().stream()
                .map(DateTable.Choice::id)
                .toList();

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        var calls = new ArrayList<Future<?>>();
        for (var member : members) {
            for (var tab : List.of(DateAnswer.YES, DateAnswer.NO)) {
                calls.add(pool.submit((Callable<Void>) () -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    member.username(), null, List.of()));
                    start.await();
                    for (var choice : choices) {
                        polls.answer(slug, id, choice, tab);
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        for (var call : calls) {
            call.get();
        }

        var rows = jdbc.sql(
                        """
                select count(*) from availability a join date_choices c on c.id = a.choice_id where c.poll_id = :p""")
                .param("p", id)
                .query(Integer.class)
                .single();
        assertThat(rows).isEqualTo(MEMBERS * choices.size());
        loginAs(host);
        var table = polls.view(slug, id).table();
        assertThat(table.voters()).hasSize(MEMBERS);
        assertThat(table.voters()).allSatisfy(v -> assertThat(v.answers()).hasSize(choices.size()));
        assertThat(table.choices()).allSatisfy(c -> assertThat(c.yes() + c.no()).isEqualTo(MEMBERS));
        assertThat(table.choices()).allSatisfy(c -> assertThat(c.ifNeedBe()).isZero());
    }

    @Test
    void a_changed_answer_replaces_the_first() {
        var host = newMember("Host");
        var member = newMember("Guest");
        var slug = newClub(host, member);
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Solaris", 1972, "Andrei Tarkovsky", 167, "", ""))
                .id();
        var evening = LocalDateTime.now(clock).plusDays(7);
        var id = polls.propose(
                slug,
                new DatePollInput(
                        filmId,
                        List.of(evening, evening.plusDays(1)),
                        ZoneId.of("Europe/Lisbon"),
                        200,
                        "Here",
                        "",
                        null,
                        ""));
        loginAs(member);
        var choice = polls.view(slug, id).table().choices().get(0);
        polls.answer(slug, id, choice.id(), DateAnswer.YES);
        polls.answer(slug, id, choice.id(), DateAnswer.NO);
        var after = polls.view(slug, id).table();
        assertThat(after.voter(member.id()).orElseThrow().answers()).containsEntry(choice.id(), DateAnswer.NO);
        assertThat(after.choices().get(0).no()).isEqualTo(1);
        assertThat(after.choices().get(0).yes()).isZero();
    }
}

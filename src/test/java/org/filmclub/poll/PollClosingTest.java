package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.filmclub.film.FilmDetails;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A poll closes at its time, or when the app next starts, once; its winner becomes a club film. */
class PollClosingTest extends PollFixture {

    MemberProfile host;
    MemberProfile ana;
    MemberProfile ben;
    String slug;
    long ran;
    long ikiru;
    long heat;

    @BeforeEach
    void aClubWithNominations() {
        clock.stopAt(NOW);
        host = newMember("Hana Host");
        ana = newMember("Ana Lima");
        ben = newMember("Ben Ode");
        slug = newClub(host, ana, ben);
        ran = nominate(ana, slug, "Ran", 1985);
        ikiru = nominate(ben, slug, "Ikiru", 1952);
        heat = nominate(ben, slug, "Heat", 1995);
    }

    @Test
    void a_poll_closes_at_its_time_and_its_winner_becomes_a_club_film() {
        var poll = openPoll(host, slug, true, ran, ikiru, heat);
        vote(ana, poll, ran, ikiru);
        vote(ben, poll, ikiru);
        vote(host, poll, heat, ran);
        clock.stopAt(at(EVENING).minusSeconds(1));
        closing.closeDue();
        loginAs(host);
        assertThat(polls.poll(slug, poll).open()).isTrue();

        clock.stopAt(at(EVENING));
        closing.closeDue();
        var page = polls.poll(slug, poll);
        assertThat(page.open()).isFalse();
        var result = page.result();
        // Heat is dropped first (fewest, nominated latest of the tie); its ballot moves to Ran: 2 of 3.
        assertThat(result.winnerId()).isEqualTo(ran);
        assertThat(result.count().rounds()).hasSize(2);
        assertThat(result.closedAt()).isEqualTo(at(EVENING));
        var film = films.films(slug, "Ran", 10).films();
        assertThat(film).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(result.winnerFilmId());
            assertThat(f.year()).isEqualTo(1985);
        });
    }

    @Test
    void a_winner_the_club_already_has_links_to_that_film() {
        loginAs(host);
        var stalker = films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 162, "", ""));
        loginAs(ana);
        var again = nominations.nominate(slug, film("STALKER", 1979), true);
        var poll = openPoll(host, slug, false, again, ikiru);
        vote(ana, poll, again);
        loginAs(host);
        polls.close(slug, poll);
        assertThat(polls.poll(slug, poll).result().winnerFilmId()).isEqualTo(stalker.id());
        assertThat(films.films(slug, "", 50).films()).hasSize(1);
    }

    @Test
    void a_poll_due_while_the_app_was_down_closes_once_on_the_next_start_however_many_nodes_start() throws Exception {
        var poll = openPoll(host, slug, false, ran, ikiru);
        vote(ana, poll, ran);
        vote(ben, poll, ikiru);
        vote(host, poll, ikiru);
        // The app was down at 20:00; it comes back the next morning, on two nodes at once.
        clock.stopAt(at(EVENING).plus(Duration.ofHours(12)));
        var pool = Executors.newFixedThreadPool(2);
        Callable<Integer> start = () -> {
            closing.catchUp();
            return closing.closeDue();
        };
        var closed = pool.invokeAll(List.of(start, start));
        pool.shutdown();
        assertThat(closed.get(0).get() + closed.get(1).get()).isLessThanOrEqualTo(1);
        loginAs(host);
        var result = polls.poll(slug, poll).result();
        assertThat(result.winnerId()).isEqualTo(ikiru);
        // Ballots stopped at the closing time, not at the restart.
        assertThat(result.closedAt()).isEqualTo(at(EVENING));
        assertThat(films.films(slug, "Ikiru", 10).films()).hasSize(1);
        assertThat(closing.closeDue()).isZero();
    }

    @Test
    void a_poll_nobody_voted_in_closes_without_a_winner() {
        var poll = openPoll(host, slug, false, ran, ikiru);
        loginAs(host);
        polls.close(slug, poll);
        var result = polls.poll(slug, poll).result();
        assertThat(result.winnerId()).isNull();
        assertThat(result.winnerFilmId()).isNull();
        assertThat(films.films(slug, "", 10).films()).isEmpty();
    }

    void vote(MemberProfile who, long poll, Long... ranking) {
        loginAs(who);
        polls.vote(slug, poll, List.of(ranking));
    }
}

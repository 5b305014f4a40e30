package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** More members than seats say "going" at the same moment: exactly the seats are taken, the rest wait in order. */
class SeatConcurrencyTest extends AbstractAppTest {

    static final int MEMBERS = 24;
    static final int SEATS = 6;

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScheduleService schedules;

    @Autowired
    FilmService films;

    @Test
    void exactly_the_seat_limit_are_going_and_the_rest_are_waitlisted_in_a_consistent_order() throws Exception {
        var host = newMember("Host");
        var members = new ArrayList<MemberProfile>();
        for (var i = 0; i < MEMBERS; i++) {
            members.add(newMember("Guest " + i));
        }
        var slug = newClub(host, members.toArray(MemberProfile[]::new));
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 161, "", ""))
                .id();
        var id = screenings.schedule(
                slug,
                new ScreeningInput(
                        filmId,
                        LocalDateTime.now(clock).plusDays(3),
                        ZoneId.of("Europe/Lisbon"),
                        200,
                        "The small cinema",
                        "",
                        SEATS,
                        ""));

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(MEMBERS);
        var answers = members.stream()
                .map(member -> pool.submit(() -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    member.username(), null, List.of()));
                    start.await();
                    return screenings.rsvp(slug, id, Answer.GOING);
                }))
                .toList();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        var told = new ArrayList<Answer>();
        for (var answer : answers) {
            told.add(answer.get());
        }
        assertThat(told).filteredOn(a -> a == Answer.GOING).hasSize(SEATS);
        assertThat(told).filteredOn(a -> a == Answer.WAITLIST).hasSize(MEMBERS - SEATS);
        var view = schedules.view(slug, id);
        assertThat(view.going()).hasSize(SEATS);
        assertThat(view.waitlist()).hasSize(MEMBERS - SEATS);
        // The waitlist is in the order the answers were recorded, and a freed seat goes to its head.
        var first = view.waitlist().get(0);
        var goingMember = members.stream()
                .filter(m -> m.displayName().equals(view.going().get(0)))
                .findFirst()
                .orElseThrow();
        loginAs(goingMember);
        screenings.rsvp(slug, id, Answer.NOT_GOING);
        var after = schedules.view(slug, id);
        assertThat(after.going()).hasSize(SEATS).contains(first);
        assertThat(after.waitlist()).hasSize(MEMBERS - SEATS - 1).doesNotContain(first);
    }
}

package org.filmclub.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionService.Proposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How many votes per second the question service sustains with 50 members voting and unvoting at
 * random on 20 questions at once (H2 file database, this machine), and whether any vote was lost or
 * counted twice. Prints figures; run with {@code ./mvnw -Pbench verify}.
 */
class VoteBenchmark extends AbstractAppTest {

    static final int MEMBERS = 50;
    static final int QUESTIONS = 20;
    static final int WARM_UP_EACH = 20;
    static final int OPERATIONS_EACH = 200;

    @Autowired
    QuestionService questions;
    @Autowired
    FilmService films;

    @Test
    void votes_per_second_with_fifty_and_five_hundred_members_at_once() throws Exception {
        for (var members : new int[] {MEMBERS, 500}) {
            votesPerSecond(members);
        }
    }

    private void votesPerSecond(int members) throws Exception {
        var host = newMember("Host");
        var voters = new ArrayList<MemberProfile>();
        for (var i = 0; i < members; i++) {
            voters.add(newMember("Voter " + i));
        }
        var slug = newClub(host, voters.toArray(MemberProfile[]::new));
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Rashomon", 1950, "Akira Kurosawa", 88, "", "")).id();
        var ids = new ArrayList<Long>();
        for (var i = 0; i < QUESTIONS; i++) {
            ids.add(questions.propose(slug, filmId, new Proposal("Question number " + i + "?", false, ""), true,
                    UUID.randomUUID().toString()));
        }

        // What each member's last acknowledged operation left: the truth the board must show.
        Map<Long, Set<Long>> expected = new ConcurrentHashMap<>();
        ids.forEach(id -> expected.put(id, ConcurrentHashMap.newKeySet()));
        var serviceNanos = new long[members * OPERATIONS_EACH];
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(members);
        var running = new ArrayList<java.util.concurrent.Future<?>>();
        for (var m = 0; m < members; m++) {
            var voter = voters.get(m);
            var slot = m * OPERATIONS_EACH;
            running.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(voter.username(), null, List.of()));
                var random = new Random(voter.id());
                var mine = new HashMap<Long, Boolean>();
                for (var n = 0; n < WARM_UP_EACH; n++) {
                    act(slug, ids.get(random.nextInt(QUESTIONS)), random.nextBoolean(), mine);
                }
                start.await();
                for (var n = 0; n < OPERATIONS_EACH; n++) {
                    var began = System.nanoTime();
                    act(slug, ids.get(random.nextInt(QUESTIONS)), random.nextBoolean(), mine);
                    serviceNanos[slot + n] = System.nanoTime() - began;
                }
                mine.forEach((question, voted) -> {
                    if (voted) {
                        expected.get(question).add(voter.id());
                    }
                });
                return null;
            }));
        }
        var began = System.nanoTime();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        for (var member : running) {
            member.get();
        }
        var seconds = (System.nanoTime() - began) / 1e9;

        var lost = 0;
        var doubled = 0;
        for (var card : questions.board(slug, filmId).questions()) {
            var truth = expected.get(card.id());
            var missing = new HashSet<>(truth);
            missing.removeAll(card.voters());
            var extra = new HashSet<>(card.voters());
            extra.removeAll(truth);
            lost += missing.size();
            doubled += extra.size();
        }
        Arrays.sort(serviceNanos);
        var operations = members * OPERATIONS_EACH;
        var out = System.out;
        out.printf("%nVotes: %d members at once, %d questions, %d operations (vote or unvote at random), H2 file%n",
                members, QUESTIONS, operations);
        out.printf("  %-28s %10.0f%n", "operations per second", operations / seconds);
        out.printf("  %-28s %10.2f ms%n", "service time, median", serviceNanos[operations / 2] / 1e6);
        out.printf("  %-28s %10.2f ms%n", "service time, p99", serviceNanos[(int) (operations * 0.99)] / 1e6);
        out.printf("  %-28s %10.2f ms%n", "service time, max", serviceNanos[operations - 1] / 1e6);
        out.printf("  %-28s %10d%n", "lost votes", lost);
        out.printf("  %-28s %10d%n", "doubled votes", doubled);
        assertThat(lost).isZero();
        assertThat(doubled).isZero();
    }

    private void act(String slug, long question, boolean vote, Map<Long, Boolean> mine) {
        if (vote) {
            questions.vote(slug, question);
        } else {
            questions.unvote(slug, question);
        }
        mine.put(question, vote);
    }
}

package org.filmclub.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmclub.bench.BenchResults;
import org.filmclub.bench.BenchResults.Table;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How many votes per second the question service sustains with 50 members voting and unvoting at
 * random on 20 questions at once (H2 file database, this machine), and whether any vote was lost or
 * counted twice; then the same with 500. Prints a table and writes its figures under {@code votes} in
 * {@link BenchResults#FILE}; run with {@code ./mvnw -Pbench verify}.
 */
class VoteBenchmark extends VotingTest {

    static final int MEMBERS = 50;
    static final int QUESTIONS = 20;
    static final int WARM_UP_EACH = 20;
    static final int OPERATIONS_EACH = 200;

    @Test
    void votes_per_second_with_fifty_and_five_hundred_members_at_once() throws Exception {
        var figures = new LinkedHashMap<String, Object>();
        var table = new Table(
                "Votes: members voting and unvoting at random on " + QUESTIONS + " questions at once, "
                        + OPERATIONS_EACH + " operations each",
                "members",
                "operations per second",
                "service p50",
                "service p99",
                "service max",
                "refused",
                "lost",
                "doubled");
        for (var members : new int[] {MEMBERS, 500}) {
            var row = votesPerSecond(members);
            figures.put("members_" + members, row);
            table.row(
                    members,
                    row.get("operationsPerSecond"),
                    row.get("serviceP50Ms") + " ms",
                    row.get("serviceP99Ms") + " ms",
                    row.get("serviceMaxMs") + " ms",
                    row.get("refused"),
                    row.get("lost"),
                    row.get("doubled"));
            // Printed as each size is measured, so that a run cut short keeps what it measured.
            System.out.printf("  votes with %d members: %s%n", members, row);
        }
        table.print();
        BenchResults.write("votes", figures);
        for (var row : figures.values()) {
            assertThat(((Map<?, ?>) row).get("lost")).isEqualTo(0);
            assertThat(((Map<?, ?>) row).get("doubled")).isEqualTo(0);
        }
    }

    private Map<String, Object> votesPerSecond(int members) throws Exception {
        var room = board(members, QUESTIONS);
        var slug = room.slug();
        var filmId = room.filmId();
        var voters = room.voters();
        var ids = room.questionIds();

        // What each member's last acknowledged operation left: the truth the board must show.
        Map<Long, Set<Long>> expected = new ConcurrentHashMap<>();
        ids.forEach(id -> expected.put(id, ConcurrentHashMap.newKeySet()));
        var serviceNanos = new long[members * OPERATIONS_EACH];
        // Operations the service refused (no database connection in time): the member saw an error, nothing changed.
        var refused = new AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(members);
        var running = new ArrayList<Future<?>>();
        for (var m = 0; m < members; m++) {
            var voter = voters.get(m);
            var slot = m * OPERATIONS_EACH;
            running.add(pool.submit(() -> {
                actAs(voter);
                var random = new Random(voter.id());
                var mine = new HashMap<Long, Boolean>();
                for (var n = 0; n < WARM_UP_EACH; n++) {
                    act(slug, ids.get(random.nextInt(QUESTIONS)), random.nextBoolean(), mine, refused);
                }
                start.await();
                for (var n = 0; n < OPERATIONS_EACH; n++) {
                    var began = System.nanoTime();
                    act(slug, ids.get(random.nextInt(QUESTIONS)), random.nextBoolean(), mine, refused);
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
        var row = new LinkedHashMap<String, Object>();
        row.put("operations", operations);
        row.put("operationsPerSecond", Math.round(operations / seconds));
        row.put("serviceP50Ms", BenchResults.ms(BenchResults.percentile(serviceNanos, 50)));
        row.put("serviceP99Ms", BenchResults.ms(BenchResults.percentile(serviceNanos, 99)));
        row.put("serviceMaxMs", BenchResults.ms(BenchResults.percentile(serviceNanos, 100)));
        row.put("refused", refused.get());
        row.put("lost", lost);
        row.put("doubled", doubled);
        return row;
    }

    /**
     * One vote or unvote. A refusal for want of a connection changed nothing (its transaction never began), so
     * the member's last acknowledged state stands; any other failure ends the run.
     */
    private void act(String slug, long question, boolean vote, Map<Long, Boolean> mine, AtomicInteger refused) {
        try {
            if (vote) {
                questions.vote(slug, question);
            } else {
                questions.unvote(slug, question);
            }
            mine.put(question, vote);
        } catch (CannotCreateTransactionException noConnection) {
            refused.incrementAndGet();
        }
    }
}

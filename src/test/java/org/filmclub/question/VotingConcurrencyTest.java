package org.filmclub.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Fifty members vote and take votes back at random on the same questions, all at once. The counts
 * that come out must be what replaying every acknowledged operation one after the other gives.
 */
class VotingConcurrencyTest extends VotingTest {

    static final int MEMBERS = 50;
    static final int QUESTIONS = 5;
    static final int OPERATIONS_EACH = 40;

    /** One acknowledged operation: the service answered, so it happened. */
    record Done(long member, long question, boolean vote, boolean changed) {}

    @Test
    void concurrent_votes_and_unvotes_count_exactly_what_a_sequential_replay_gives() throws Exception {
        var room = board(MEMBERS, QUESTIONS);
        var slug = room.slug();
        var filmId = room.filmId();
        var voters = room.voters();
        var ids = room.questionIds();

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(MEMBERS);
        var futures = voters.stream()
                .map(voter -> pool.submit(() -> {
                    actAs(voter);
                    var random = new Random(voter.id());
                    var done = new ArrayList<Done>();
                    start.await();
                    for (var n = 0; n < OPERATIONS_EACH; n++) {
                        var question = ids.get(random.nextInt(ids.size()));
                        var vote = random.nextBoolean();
                        var changed = vote ? questions.vote(slug, question) : questions.unvote(slug, question);
                        done.add(new Done(voter.id(), question, vote, changed));
                        if (random.nextInt(4) == 0) {
                            // A double click: the same request again at once.
                            done.add(new Done(
                                    voter.id(),
                                    question,
                                    vote,
                                    vote ? questions.vote(slug, question) : questions.unvote(slug, question)));
                        }
                    }
                    return done;
                }))
                .toList();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        // Each member acts from one thread, so replaying each member's operations in order is a valid serial order.
        Map<Long, Set<Long>> expected = new HashMap<>();
        ids.forEach(id -> expected.put(id, new HashSet<>()));
        for (var future : futures) {
            for (var op : future.get()) {
                var voted = expected.get(op.question());
                var wasThere = voted.contains(op.member());
                assertThat(op.changed())
                        .as("acknowledged change agrees with the replay")
                        .isEqualTo(op.vote() != wasThere);
                if (op.vote()) {
                    voted.add(op.member());
                } else {
                    voted.remove(op.member());
                }
            }
        }
        var board = questions.board(slug, filmId);
        for (var card : board.questions()) {
            assertThat(card.voters()).as("voters of question %d", card.id()).isEqualTo(expected.get(card.id()));
            assertThat(card.votes()).isEqualTo(expected.get(card.id()).size());
        }
    }
}

package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmclub.base.NotPermittedException;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Five hundred members cast and change ballots on real threads while the host closes the poll. The
 * stored result must be what a recount of each member's last ballot accepted before the close gives:
 * nothing lost, nothing counted twice, nothing accepted after the close.
 */
class BallotConcurrencyTest extends PollFixture {

    static final int MEMBERS = 500;
    static final int BALLOTS_EACH = 3;
    static final int THREADS = 12;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ballots_cast_and_changed_while_the_poll_closes_are_counted_exactly_once() throws Exception {
        clock.stopAt(NOW);
        var host = newMember("Hana Host");
        var slug = newClub(host);
        var choices = new ArrayList<Long>();
        for (var title : List.of("Ran", "Ikiru", "Heat", "Yi Yi", "Stalker")) {
            choices.add(nominate(host, slug, title, 1990));
        }
        var poll = openPoll(host, slug, false, choices.toArray(Long[]::new));
        var voters = manyMembers(slug, MEMBERS);

        var accepted = new AtomicInteger();
        var closeAfter = MEMBERS * BALLOTS_EACH / 2;
        var halfway = new CountDownLatch(1);
        Map<Long, List<Long>> lastAccepted = new ConcurrentHashMap<>();
        var refusedAfterClose = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(THREADS);
        var tasks = new ArrayList<Future<?>>();
        for (var voter : voters) {
            tasks.add(pool.submit(() -> {
                actAs(voter);
                var random = new Random(voter.id());
                for (var n = 0; n < BALLOTS_EACH; n++) {
                    var ranking = new ArrayList<>(choices);
                    java.util.Collections.shuffle(ranking, random);
                    var wanted = List.copyOf(ranking.subList(0, 1 + random.nextInt(choices.size())));
                    try {
                        polls.vote(slug, poll, wanted);
                        lastAccepted.put(voter.id(), wanted);
                        if (accepted.incrementAndGet() == closeAfter) {
                            halfway.countDown();
                        }
                    } catch (NotPermittedException closed) {
                        assertThat(closed).hasMessageStartingWith("This poll closed at");
                        refusedAfterClose.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        var closer = Executors.newSingleThreadExecutor().submit(() -> {
            halfway.await();
            actAs(host);
            polls.close(slug, poll);
            return null;
        });
        closer.get(120, TimeUnit.SECONDS);
        for (var task : tasks) {
            task.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        loginAs(host);
        var result = polls.poll(slug, poll).result();
        var recount = InstantRunoff.count(choices, lastAccepted.values());
        assertThat(result.counted()).isEqualTo(lastAccepted.size());
        assertThat(result.count()).isEqualTo(recount);
        assertThat(result.winnerId()).isEqualTo(recount.winner());
        assertThat(refusedAfterClose.get())
                .as("some ballots came after the close")
                .isPositive();
        assertThat(accepted.get() + refusedAfterClose.get()).isEqualTo(MEMBERS * BALLOTS_EACH);
        var stored = jdbc.sql("select count(*) from ballots where poll_id = :poll")
                .param("poll", poll)
                .query(Integer.class)
                .single();
        assertThat(stored).isEqualTo(lastAccepted.size());
    }

    @Test
    void two_tabs_casting_a_first_ballot_at_once_leave_one_ballot() throws Exception {
        clock.stopAt(NOW);
        var host = newMember("Hana Host");
        var ana = newMember("Ana Lima");
        var slug = newClub(host, ana);
        var ran = nominate(host, slug, "Ran", 1985);
        var ikiru = nominate(host, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, false, ran, ikiru);
        for (var round = 0; round < 5; round++) {
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            var one = pool.submit(() -> {
                actAs(ana);
                start.await();
                polls.vote(slug, poll, List.of(ran));
                return null;
            });
            var other = pool.submit(() -> {
                actAs(ana);
                start.await();
                polls.vote(slug, poll, List.of(ikiru, ran));
                return null;
            });
            start.countDown();
            one.get(30, TimeUnit.SECONDS);
            other.get(30, TimeUnit.SECONDS);
            pool.shutdown();
        }
        loginAs(ana);
        assertThat(polls.poll(slug, poll).myBallot()).isIn(List.of(ran), List.of(ikiru, ran));
        assertThat(polls.poll(slug, poll).ballots()).isEqualTo(1);
    }

    /** Members written straight to the tables: signing up 500 people would hash 500 passwords. */
    List<MemberProfile> manyMembers(String slug, int count) {
        var clubId = jdbc.sql("select id from clubs where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
        var now = Timestamp.from(clock.instant());
        var result = new ArrayList<MemberProfile>();
        var prefix = unique("v").replace("-", "");
        Map<String, Long> ids = new HashMap<>();
        for (var i = 0; i < count; i++) {
            var username = prefix + "x" + i;
            jdbc.sql(
                            """
                            insert into members (username, display_name, password_hash, time_zone, created_at)
                            values (:username, :name, null, 'Europe/Lisbon', :now)""")
                    .param("username", username)
                    .param("name", "Voter " + i)
                    .param("now", now)
                    .update();
            var id = jdbc.sql("select id from members where username = :username")
                    .param("username", username)
                    .query(Long.class)
                    .single();
            ids.put(username, id);
            jdbc.sql(
                            """
                            insert into memberships (club_id, member_id, role, joined_at)
                            values (:club, :member, 'MEMBER', :now)""")
                    .param("club", clubId)
                    .param("member", id)
                    .param("now", now)
                    .update();
            result.add(new MemberProfile(id, username, "Voter " + i, LISBON));
        }
        return result;
    }

    static void actAs(MemberProfile member) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(member.username(), null, List.of()));
    }
}

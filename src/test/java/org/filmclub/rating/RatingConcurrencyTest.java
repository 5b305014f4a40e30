package org.filmclub.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two hundred members rate one film and rate it again, all at once, some from two tabs at the same moment.
 * Every rating acknowledged must be kept, nothing else, and every figure the film page shows must be what
 * replaying the kept history one rating after the other gives.
 */
class RatingConcurrencyTest extends AbstractAppTest {

    static final int MEMBERS = 200;
    static final int THREADS = 24;

    @Autowired
    RatingService ratings;

    @Autowired
    FilmService films;

    @Autowired
    RatingUpdates updates;

    /** One acknowledged rating, as the member sent it. */
    record Sent(long member, int halves, String take) {}

    @Test
    void concurrent_ratings_and_re_ratings_keep_every_one_and_every_aggregate_equals_a_replay() throws Exception {
        var host = newMember("Host");
        var raters = IntStream.range(0, MEMBERS)
                .parallel()
                .mapToObj(i -> newMember("Rater " + i))
                .toList();
        var slug = newClub(host, raters.toArray(MemberProfile[]::new));
        loginAs(host);
        ratings.setHiddenUntilRated(slug, false);
        var filmId = films.add(slug, new FilmDetails("Rashomon", 1950, "Akira Kurosawa", 88, "", ""))
                .id();

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        var tasks = new ArrayList<Callable<List<Sent>>>();
        for (var rater : raters) {
            var random = new Random(rater.id());
            var times = 1 + random.nextInt(3);
            // Every member rates one to three times; every fourth does it from two tabs at once.
            var tabs = random.nextInt(4) == 0 ? 2 : 1;
            for (var tab = 0; tab < tabs; tab++) {
                var t = tab;
                tasks.add(() -> {
                    actAs(rater);
                    start.await();
                    var sent = new ArrayList<Sent>();
                    for (var n = 0; n < times; n++) {
                        var halves = 1 + random(rater.id(), t, n).nextInt(10);
                        var take = "tab " + t + " rating " + n;
                        var kept = ratings.rate(slug, filmId, RatingInput.ofHalves(halves, take, null));
                        assertThat(kept.halves()).isEqualTo(halves);
                        sent.add(new Sent(rater.id(), halves, take));
                    }
                    return sent;
                });
            }
        }
        var futures = tasks.stream().map(pool::submit).toList();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(180, TimeUnit.SECONDS)).isTrue();
        var acknowledged = new ArrayList<Sent>();
        for (var future : futures) {
            acknowledged.addAll(future.get());
        }

        loginAs(host);
        var history = ratings.club(slug).history();
        // Nothing lost, nothing written twice.
        assertThat(history.stream()
                        .map(r -> new Sent(r.memberId(), r.halves(), r.take()))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(acknowledged);

        // Replay the kept history, member by member in the order kept.
        Map<Long, List<RatingEntry>> byMember = new HashMap<>();
        history.forEach(r ->
                byMember.computeIfAbsent(r.memberId(), m -> new ArrayList<>()).add(r));
        var before = new int[10];
        var after = new int[10];
        var sum = 0;
        var up = 0;
        var down = 0;
        var moved = new HashMap<Long, Integer>();
        for (var entry : byMember.entrySet()) {
            var given = entry.getValue();
            assertThat(given.get(0).first()).isTrue();
            assertThat(given.stream().skip(1).noneMatch(RatingEntry::first)).isTrue();
            var first = given.get(0).halves();
            var latest = given.get(given.size() - 1).halves();
            before[first - 1]++;
            after[latest - 1]++;
            sum += latest;
            if (latest != first) {
                moved.put(entry.getKey(), latest - first);
                if (latest > first) {
                    up++;
                } else {
                    down++;
                }
            }
        }
        var page = ratings.film(slug, filmId);
        assertThat(page.count()).isEqualTo(MEMBERS).isEqualTo(byMember.size());
        assertThat(page.average()).contains(sum / 2.0 / MEMBERS);
        assertThat(page.before()).containsExactly(before);
        assertThat(page.after()).containsExactly(after);
        assertThat(page.movedUp()).isEqualTo(up);
        assertThat(page.movedDown()).isEqualTo(down);
        var shifts = new HashMap<Long, Integer>();
        page.shifts().forEach(s -> shifts.put(s.memberId(), s.by()));
        assertThat(shifts).isEqualTo(moved);
        // Kept in the order given: each member's entries come one after the other in time.
        for (var given : byMember.values()) {
            assertThat(given).isSortedAccordingTo(Comparator.comparing(RatingEntry::ratedAt));
            assertThat(new HashSet<>(given)).hasSameSizeAs(given);
        }
        // What open pages receive is the same replay.
        var live = updates.snapshot(filmId, page.clubId());
        assertThat(live.members()).isEqualTo(page.members());
    }

    private static Random random(long member, int tab, int n) {
        return new Random(member * 31 + tab * 7 + n);
    }

    private static void actAs(MemberProfile member) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(member.username(), null, List.of()));
    }
}

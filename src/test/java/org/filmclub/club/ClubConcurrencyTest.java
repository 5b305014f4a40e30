package org.filmclub.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.filmclub.AbstractAppTest;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members acting at the same moment: the club keeps a host, and a double click joins once. */
class ClubConcurrencyTest extends AbstractAppTest {

    private static final int ROUNDS = 10;

    @Autowired
    ClubService clubs;

    /** Runs each action on its own thread, all released at once; returns what each threw, if anything. */
    private static List<Throwable> atOnce(List<Runnable> actions) throws Exception {
        var barrier = new CyclicBarrier(actions.size());
        var pool = Executors.newFixedThreadPool(actions.size());
        try {
            var futures = new ArrayList<Future<Throwable>>();
            for (var action : actions) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        action.run();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            var errors = new ArrayList<Throwable>();
            for (var f : futures) {
                errors.add(f.get());
            }
            return errors;
        } finally {
            pool.shutdown();
        }
    }

    private ClubSummary clubWithTwoHosts(MemberProfile a, MemberProfile b) {
        var club = as(a.username(), () -> clubs.create(new ClubDetails(unique("Two Hosts"), "", "")));
        var code = as(
                a.username(),
                () -> clubs.home(club.slug()).invite().orElseThrow().code());
        as(b.username(), () -> clubs.join(code));
        as(a.username(), () -> {
            clubs.promote(club.slug(), b.id());
            return null;
        });
        return club;
    }

    private long hostsOf(ClubSummary club, MemberProfile anyMember) {
        return as(anyMember.username(), () -> clubs.home(club.slug()).members().stream()
                .filter(m -> m.role() == Role.HOST)
                .count());
    }

    private Runnable by(MemberProfile member, Consumer<ClubService> action) {
        return () -> as(member.username(), () -> {
            action.accept(clubs);
            return null;
        });
    }

    @Test
    void two_hosts_demoting_each_other_at_once_leave_one_host() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var a = newMember("Ada Race");
            var b = newMember("Bo Race");
            var club = clubWithTwoHosts(a, b);
            var errors = atOnce(
                    List.of(by(a, c -> c.demote(club.slug(), b.id())), by(b, c -> c.demote(club.slug(), a.id()))));
            assertThat(errors).filteredOn(e -> e != null).hasSize(1);
            assertThat(hostsOf(club, a)).isEqualTo(1);
        }
    }

    @Test
    void two_hosts_removing_each_other_at_once_leave_one_host() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var a = newMember("Cy Race");
            var b = newMember("Di Race");
            var club = clubWithTwoHosts(a, b);
            atOnce(List.of(by(a, c -> c.remove(club.slug(), b.id())), by(b, c -> c.remove(club.slug(), a.id()))));
            var survivor = as(a.username(), () -> clubs.myClubs()).isEmpty() ? b : a;
            assertThat(hostsOf(club, survivor)).isEqualTo(1);
            var members = as(survivor.username(), () -> clubs.home(club.slug()).members());
            assertThat(members).singleElement().satisfies(m -> assertThat(m.memberId())
                    .isEqualTo(survivor.id()));
        }
    }

    @Test
    void both_hosts_leaving_at_once_leave_one_host() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var a = newMember("Ed Race");
            var b = newMember("Flo Race");
            var club = clubWithTwoHosts(a, b);
            var errors = atOnce(List.of(by(a, c -> c.leave(club.slug())), by(b, c -> c.leave(club.slug()))));
            assertThat(errors).filteredOn(e -> e != null).singleElement().satisfies(e -> assertThat(e)
                    .hasMessage(ClubService.LAST_HOST));
            var stayed = as(a.username(), () -> clubs.myClubs()).isEmpty() ? b : a;
            assertThat(hostsOf(club, stayed)).isEqualTo(1);
        }
    }

    @Test
    void a_double_click_on_an_invite_joins_once_and_both_clicks_succeed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var host = newMember("Gil Host");
            var guest = newMember("Hal Guest");
            var club = as(host.username(), () -> clubs.create(new ClubDetails(unique("Clicky"), "", "")));
            var code = as(
                    host.username(),
                    () -> clubs.home(club.slug()).invite().orElseThrow().code());
            var errors = atOnce(List.of(by(guest, c -> c.join(code)), by(guest, c -> c.join(code))));
            assertThat(errors).containsOnlyNulls();
            assertThat(as(host.username(), () -> clubs.home(club.slug()).members()))
                    .hasSize(2);
        }
    }
}

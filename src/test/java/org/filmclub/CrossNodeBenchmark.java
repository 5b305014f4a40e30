package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.live.PostgresLiveListener;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.discussion.MessagePosted;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What crossing nodes adds to a message: posted on node A, the time until it reaches a subscriber
 * on node A itself and on node B (one PostgreSQL, this machine); and how long node B takes to
 * listen again after its connection drops. Prints figures; run with {@code ./mvnw -Pbench verify}.
 */
class CrossNodeBenchmark {

    static final int MESSAGES = 200;
    static final int AUTHORS = 50;

    @Test
    void delay_added_by_crossing_nodes_and_recovery_after_a_drop() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var url = "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (var a = start(url);
                    var b = start(url)) {
                a.getBean(MemberService.class)
                        .signUp(new SignUp(
                                "benchhost", "Bea Bench", "two nodes, one club", "UTC", "benchhost@example.org"));
                var clubs = a.getBean(ClubService.class);
                var slug = as("benchhost", () -> clubs.create(new ClubDetails("Bench Club", "", "")))
                        .slug();
                var code = as(
                        "benchhost",
                        () -> clubs.home(slug).invite().orElseThrow().code());
                // Members take turns, as no one person may post faster than the flood limit.
                for (var i = 0; i < AUTHORS; i++) {
                    a.getBean(MemberService.class)
                            .signUp(new SignUp(
                                    "author" + i,
                                    "Author " + i,
                                    "two nodes, one club",
                                    "UTC",
                                    "author" + i + "@example.org"));
                    as("author" + i, () -> clubs.join(code));
                }
                var filmId = as("benchhost", () -> a.getBean(FilmService.class)
                                .add(slug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", "")))
                        .id();
                var arrivedA = new ConcurrentHashMap<Long, Long>();
                var arrivedB = new ConcurrentHashMap<Long, Long>();
                subscribe(a, filmId, arrivedA);
                subscribe(b, filmId, arrivedB);

                var local = new long[MESSAGES];
                var crossing = new long[MESSAGES];
                for (var i = 0; i < MESSAGES + 20; i++) {
                    var sent = System.nanoTime();
                    var id = as("author" + (i % AUTHORS), () -> a.getBean(DiscussionService.class)
                                    .post(
                                            slug,
                                            filmId,
                                            "message",
                                            null,
                                            UUID.randomUUID().toString()))
                            .id();
                    // Both nodes deliver on threads of their own: on a busy machine either may come last.
                    while (!arrivedA.containsKey(id) || !arrivedB.containsKey(id)) {
                        Thread.onSpinWait();
                    }
                    if (i >= 20) {
                        local[i - 20] = arrivedA.get(id) - sent;
                        crossing[i - 20] = arrivedB.get(id) - sent;
                    }
                    Thread.sleep(5);
                }

                var listener = b.getBean(PostgresLiveListener.class);
                var before = listener.reconnects();
                var dropped = System.nanoTime();
                listener.dropConnection();
                while (listener.reconnects() == before) {
                    Thread.sleep(1);
                }
                var recovery = System.nanoTime() - dropped;

                Arrays.sort(local);
                Arrays.sort(crossing);
                var out = System.out;
                out.printf(
                        "%nCrossing nodes: %d messages posted on node A, PostgreSQL 17 (embedded), one machine%n",
                        MESSAGES);
                out.printf("  %-36s %8s %8s %8s%n", "", "p50", "p95", "max");
                row("post to a subscriber on node A", local);
                row("post to a subscriber on node B", crossing);
                out.printf("  %-36s %8.1f ms%n", "node B listening again after a drop", recovery / 1e6);
                assertThat(arrivedB).hasSizeGreaterThanOrEqualTo(MESSAGES);
            }
        }
    }

    private static void row(String label, long[] sorted) {
        System.out.printf(
                "  %-36s %6.2f ms %6.2f ms %6.2f ms%n",
                label,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static void subscribe(
            ConfigurableApplicationContext node, long filmId, ConcurrentHashMap<Long, Long> arrived) {
        node.getBean(LiveBus.class).subscribe(ChatMessage.topic(filmId), event -> {
            if (event instanceof MessagePosted posted) {
                arrived.putIfAbsent(posted.message().id(), System.nanoTime());
            }
        });
    }

    private static ConfigurableApplicationContext start(String url) {
        return StandaloneApp.start(
                "--spring.profiles.active=postgres",
                url,
                "--SPRING_DATASOURCE_USERNAME=postgres",
                "--SPRING_DATASOURCE_PASSWORD=");
    }
}

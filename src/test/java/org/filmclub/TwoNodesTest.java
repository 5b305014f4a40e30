package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
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
import org.filmclub.question.BoardChanged;
import org.filmclub.question.QuestionService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL: what happens on one reaches the screens on the other,
 * also after the other's listening connection dropped.
 */
class TwoNodesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void live_events_cross_nodes_and_a_node_that_lost_its_connection_misses_nothing() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var url = "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (var a = start(url);
                    var b = start(url)) {
                a.getBean(MemberService.class)
                        .signUp(new SignUp(
                                "nodehost", "Nora Node", "two nodes, one club", "UTC", "nodehost@example.org"));
                a.getBean(MemberService.class)
                        .signUp(new SignUp(
                                "nodeguest", "Gil Guest", "two nodes, one club", "UTC", "nodeguest@example.org"));
                var clubs = a.getBean(ClubService.class);
                var slug = as("nodehost", () -> clubs.create(new ClubDetails("Two Node Club", "", "")))
                        .slug();
                var code = as(
                        "nodehost",
                        () -> clubs.home(slug).invite().orElseThrow().code());
                as("nodeguest", () -> clubs.join(code));
                var filmId = as("nodehost", () -> a.getBean(FilmService.class)
                                .add(slug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", "")))
                        .id();

                var onB = listen(b, filmId);
                var onA = listen(a, filmId);
                var posted = postOn(a, slug, filmId, "Hello from node A");
                awaitUntil(() -> onB.stream()
                        .anyMatch(
                                e -> e instanceof MessagePosted p && p.message().id() == posted.id()));

                var question = as("nodeguest", () -> b.getBean(QuestionService.class)
                        .propose(slug, filmId, new QuestionService.Proposal("Is Hulot lost?", false, ""), true, "q"));
                as("nodeguest", () -> b.getBean(QuestionService.class).vote(slug, question));
                awaitUntil(() -> onA.stream()
                        .anyMatch(e -> e instanceof BoardChanged c
                                && c.board().questions().stream().anyMatch(q -> q.id() == question && q.votes() == 1)));

                // Node B loses its listening connection; node A goes on posting meanwhile.
                b.getBean(PostgresLiveListener.class).dropConnection();
                var whileAway = new ArrayList<Long>();
                for (var i = 0; i < 3; i++) {
                    whileAway.add(
                            postOn(a, slug, filmId, "While B was away " + i).id());
                }
                awaitUntil(() -> onB.stream()
                        .filter(MessagePosted.class::isInstance)
                        .map(e -> ((MessagePosted) e).message().id())
                        .toList()
                        .containsAll(whileAway));
                assertThat(b.getBean(PostgresLiveListener.class).reconnects()).isPositive();
                var seenOnB = onB.stream()
                        .filter(MessagePosted.class::isInstance)
                        .map(e -> ((MessagePosted) e).message().id())
                        .toList();
                assertThat(seenOnB).doesNotHaveDuplicates().contains(posted.id());

                // Who is here counts the members on both nodes, and forgets a node that stopped answering.
                as("nodehost", () -> {
                    a.getBean(DiscussionService.class).arrive(slug, filmId);
                    return null;
                });
                as("nodeguest", () -> {
                    b.getBean(DiscussionService.class).arrive(slug, filmId);
                    return null;
                });
                awaitUntil(() -> names(a, slug, filmId).equals(List.of("Nora Node", "Gil Guest")));
                assertThat(names(b, slug, filmId)).containsExactly("Nora Node", "Gil Guest");
                var jdbc = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
                jdbc.sql(
                                "update presence set node = 'a-node-that-died' where member_id = (select id from members where username = 'nodeguest')")
                        .update();
                awaitUntil(() -> names(a, slug, filmId).equals(List.of("Nora Node")));
            }
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Presence is swept after 2 s here instead of 30, so the test need not wait long for a dead node.
        return StandaloneApp.start(
                "--spring.profiles.active=postgres",
                url,
                "--SPRING_DATASOURCE_USERNAME=postgres",
                "--SPRING_DATASOURCE_PASSWORD=",
                "--filmclub.presence.heartbeat-ms=300",
                "--filmclub.presence.stale-after=PT2S");
    }

    private static List<String> names(ConfigurableApplicationContext node, String slug, long filmId) {
        return as("nodehost", () -> node.getBean(DiscussionService.class).here(slug, filmId)).stream()
                .map(org.filmclub.discussion.PresenceChanged.Present::displayName)
                .toList();
    }

    private static ConcurrentLinkedQueue<Object> listen(ConfigurableApplicationContext node, long filmId) {
        var received = new ConcurrentLinkedQueue<Object>();
        node.getBean(LiveBus.class).subscribe(ChatMessage.topic(filmId), received::add);
        return received;
    }

    private static ChatMessage postOn(ConfigurableApplicationContext node, String slug, long filmId, String text) {
        return as("nodehost", () -> node.getBean(DiscussionService.class)
                .post(slug, filmId, text, null, UUID.randomUUID().toString()));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %s for a live event", PATIENCE)
                    .isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}

package org.filmclub.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.live.LiveBus;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Many members post at the same moment: every message is stored once and every open panel agrees on the order. */
class DiscussionConcurrencyTest extends AbstractAppTest {

    static final int POSTERS = 8;
    static final int EACH = 5;

    @Autowired
    DiscussionService discussion;

    @Autowired
    FilmService films;

    @Autowired
    LiveBus bus;

    @Test
    void concurrent_posters_store_every_message_once_and_all_panels_end_with_the_same_sequence() throws Exception {
        var host = newMember("Host");
        var posters = new ArrayList<MemberProfile>();
        for (var i = 0; i < POSTERS; i++) {
            posters.add(newMember("Poster " + i));
        }
        var slug = newClub(host, posters.toArray(MemberProfile[]::new));
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", ""))
                .id();

        // Two listening screens outside Karibu, and one real panel in it.
        var screens = List.of(new ConcurrentLinkedQueue<Long>(), new ConcurrentLinkedQueue<Long>());
        var unsubscribe = screens.stream()
                .map(seen -> bus.subscribe(ChatMessage.topic(filmId), event -> {
                    if (event instanceof MessagePosted posted) {
                        seen.add(posted.message().id());
                    }
                }))
                .toList();
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(POSTERS);
        for (var poster : posters) {
            pool.submit(() -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(poster.username(), null, List.of()));
                start.await();
                for (var n = 0; n < EACH; n++) {
                    var key = UUID.randomUUID().toString();
                    discussion.post(slug, filmId, poster.displayName() + " #" + n, null, key);
                    // A retried request with the same key must not be stored twice.
                    discussion.post(slug, filmId, poster.displayName() + " #" + n, null, key);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        unsubscribe.forEach(Runnable::run);
        pushesArrive();

        var stored =
                discussion.since(slug, filmId, 0).stream().map(ChatMessage::id).toList();
        assertThat(stored).hasSize(POSTERS * EACH).doesNotHaveDuplicates().isSorted();
        for (var seen : screens) {
            assertThat(seen.stream().sorted().toList()).isEqualTo(stored);
        }
        var panel = Rows.list();
        var shown = new ArrayList<Long>();
        for (var i = 0; i < panel.size(); i++) {
            shown.add(panel.message(i).id());
        }
        assertThat(shown).isEqualTo(stored);
    }
}

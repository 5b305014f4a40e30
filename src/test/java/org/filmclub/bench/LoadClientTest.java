package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.filmclub.AbstractAppTest;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * The benchmarks' tab ({@link LoadClient}) opens a page as a browser does, now that the server draws the view in the
 * page's own request: one page open is one UI on the server, so that memory per member and page opens count what a
 * member's browser costs, and that UI is the one whose messages the tab receives.
 */
class LoadClientTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    DiscussionService discussion;

    @Test
    void a_tab_that_logs_in_and_opens_a_film_page_holds_one_page_on_the_server_and_gets_its_messages()
            throws Exception {
        var member = newMember("Ana");
        var slug = newClub(member);
        var filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        var page = "clubs/" + slug + "/films/" + filmId;
        var made = new CopyOnWriteArrayList<UI>();
        var registration = app().addUIInitListener(init -> made.add(init.getUI()));
        try (var tab = new LoadClient(port)) {
            tab.logIn(member.username(), PASSWORD);
            tab.open(page);
            assertThat(open(made)).as("pages open on the server").hasSize(1);
            receives(tab, slug, filmId);

            // The same tab going to the page again leaves the first.
            tab.open(page);
            assertThat(open(made)).as("pages open on the server").hasSize(1);
            receives(tab, slug, filmId);
            tab.check();
        } finally {
            registration.remove();
        }
        assertThat(open(made)).as("pages open once the tab closed").isEmpty();
    }

    private void receives(LoadClient tab, String slug, long filmId) throws Exception {
        var text = "Seen in the tab " + UUID.randomUUID();
        var arrived = tab.expect(text);
        discussion.post(slug, filmId, text, null, UUID.randomUUID().toString());
        assertThat(arrived.get(30, TimeUnit.SECONDS)).isPositive();
    }

    /** The real app's Vaadin service, not the one Karibu mocks for view tests. */
    private VaadinService app() {
        return context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(servlet -> ((VaadinServlet) servlet).getService())
                .findFirst()
                .orElseThrow();
    }

    /**
     * The UIs of these that their session still holds open, read under the session's lock on a thread of its own:
     * this thread holds Karibu's mocked session.
     */
    private static List<UI> open(List<UI> uis) {
        return CompletableFuture.supplyAsync(() -> uis.stream()
                        .filter(ui -> {
                            var session = ui.getSession();
                            if (session == null) {
                                return false;
                            }
                            session.lock();
                            try {
                                return !ui.isClosing() && session.getUIs().contains(ui);
                            } finally {
                                session.unlock();
                            }
                        })
                        .toList())
                .join();
    }
}

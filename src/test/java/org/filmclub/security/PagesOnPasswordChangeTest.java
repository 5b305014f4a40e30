package org.filmclub.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.filmclub.AbstractAppTest;
import org.filmclub.StandaloneApp;
import org.filmclub.base.live.LiveBus;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.discussion.ui.MessageList;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.PasswordChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A page open in another browser of the member, such as a thief's, when the member changes their password. */
class PagesOnPasswordChangeTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    DiscussionService discussion;

    @Autowired
    LiveBus bus;

    @Test
    void a_page_open_in_another_browser_stops_receiving_the_club_once_the_member_changes_their_password() {
        var host = newMember("Hal Host");
        var me = newMember("Tess Target");
        var slug = newClub(host, me);
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Rear Window", 1954, "Alfred Hitchcock", 112, "", ""))
                .id();

        // Karibu's browser is the other one: logged in as the member, as the login form leaves a session.
        loggedInByTheForm(me);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        var page = UI.getCurrent();
        var list = _get(MessageList.class, spec -> spec.withClasses("discussion-list"));
        post(host, slug, filmId, "Before the change");
        pushesArrive();
        assertThat(list.size()).as("the open page receives the club live").isEqualTo(1);

        // The member changes the password in their own browser, a session of its own.
        CompletableFuture.runAsync(() -> StandaloneApp.as(me.username(), () -> {
                    memberService.changePassword(new PasswordChange(PASSWORD, "a brand new password"));
                    return null;
                }))
                .join();
        queuedWorkRuns();

        post(host, slug, filmId, "After the change");
        queuedWorkRuns();
        assertThat(list.size())
                .as("the message posted after the change never reaches the other browser")
                .isEqualTo(1);
        assertThat(page.getSession()).as("the other browser's page is closed").isNull();
        assertThat(bus.subscribers(ChatMessage.topic(filmId)))
                .as("nothing of it listens to the film any more")
                .isZero();
    }

    @Test
    void the_page_in_which_the_member_changes_their_password_stays_live() {
        var host = newMember("Hana Host");
        var me = newMember("Cal Changer");
        var slug = newClub(host, me);
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Vertigo", 1958, "Alfred Hitchcock", 128, "", ""))
                .id();

        loggedInByTheForm(me);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        var page = UI.getCurrent();
        var list = _get(MessageList.class, spec -> spec.withClasses("discussion-list"));
        memberService.changePassword(new PasswordChange(PASSWORD, "a brand new password"));
        pushesArrive();

        post(host, slug, filmId, "Still here");
        pushesArrive();
        assertThat(page.getSession()).isNotNull();
        assertThat(list.size()).isEqualTo(1);
    }

    /** Logs Karibu's browser in and keeps the login in its HTTP session, as the login form does. */
    private void loggedInByTheForm(MemberProfile member) {
        loginAs(member);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        new SecurityContextImpl(
                                SecurityContextHolder.getContext().getAuthentication()));
    }

    /**
     * What reaches the other browser: the events delivered, then its session's queued work run. Karibu's own
     * round trip needs its UI, which the password change may have closed.
     */
    private void queuedWorkRuns() {
        bus.awaitDelivered();
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** Posts as the member does from their own browser, on a thread of its own. */
    private void post(MemberProfile author, String slug, long filmId, String text) {
        CompletableFuture.runAsync(() -> StandaloneApp.as(
                        author.username(),
                        () -> discussion.post(
                                slug, filmId, text, null, UUID.randomUUID().toString())))
                .join();
    }
}

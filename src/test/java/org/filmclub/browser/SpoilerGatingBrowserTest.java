package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member part way through a film: what others wrote about later never reaches their browser, opened or live. */
class SpoilerGatingBrowserTest extends BrowserTest {

    private static final String SPOILER = "Samantha leaves with the other OSes";
    private static final String LIVE_SPOILER = "The last rooftop scene";

    @Autowired
    DiscussionService discussion;

    @Autowired
    FilmService films;

    @Autowired
    ProgressService progress;

    private MemberProfile host;
    private MemberProfile ben;
    private String slug;
    private long filmId;

    @BeforeEach
    void aClubWithHer() {
        host = newMember("Ana Host");
        ben = newMember("Ben Part Way");
        slug = newClub(host, ben);
        loginAs(host);
        filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
    }

    private void postAs(MemberProfile author, String text, String moment) {
        loginAs(author);
        discussion.post(
                slug, filmId, text, null, UUID.randomUUID().toString(), moment == null ? null : Moment.parse(moment));
    }

    /** Everything the browser holds of the page now: its DOM, with every open shadow root's. */
    private String pageHolds() {
        return browser.getPageSource()
                + member.script(
                        """
                const all = [];
                const walk = root => root.querySelectorAll('*').forEach(e => {
                  if (e.shadowRoot) { all.push(e.shadowRoot.innerHTML); walk(e.shadowRoot); }
                });
                walk(document);
                return document.documentElement.outerHTML + all.join('\\n');""");
    }

    @Test
    void a_member_at_forty_two_minutes_never_receives_what_others_wrote_about_later() {
        postAs(host, "The opening letter", "0:05:00");
        postAs(host, SPOILER, "1:55:00");
        loginAs(ben);
        progress.setProgress(slug, filmId, Progress.at(Moment.parse("0:42:00")));

        openBrowser(1280, 900);
        logIn(ben.username(), PASSWORD);
        member.open("/clubs/" + slug + "/films/" + filmId);
        member.seesMessage("The opening letter");
        member.sees("1 message from later in the film");
        member.sees("I'm at 0:42:00");
        assertThat(pageHolds()).contains("The opening letter").doesNotContain(SPOILER);

        // Posted while Ben's page is open: the later message is not pushed, the one after it is.
        postAs(host, LIVE_SPOILER, "1:58:00");
        postAs(host, "Anyone for tea after?", null);
        member.seesMessage("Anyone for tea after?");
        member.sees("2 messages from later in the film");
        assertThat(pageHolds()).doesNotContain(SPOILER).doesNotContain(LIVE_SPOILER);
        member.checkView("a film page holding back later messages");

        member.press("Reveal");
        member.seesMessage(SPOILER);
        member.seesMessage(LIVE_SPOILER);
    }

    @Test
    void a_member_watching_along_later_meets_the_clubs_talk_as_their_own_clock_reaches_it() {
        postAs(host, "Two seconds in and already moved", "0:00:02");
        postAs(host, SPOILER, "1:55:00");
        loginAs(ben);
        progress.setProgress(slug, filmId, Progress.notStarted());

        openBrowser(1280, 900);
        logIn(ben.username(), PASSWORD);
        member.open("/clubs/" + slug + "/films/" + filmId);
        member.sees("2 messages from later in the film");

        member.press("Watch along with the club's talk");
        // The server sends nothing anchored ahead of its moment (the Karibu journey checks each moment on a
        // stopped clock; here real time runs, so only the message two hours on is surely still ahead) ...
        member.sees("I'm at 0:00:0");
        assertThat(pageHolds()).doesNotContain(SPOILER);
        // ... until Ben's own clock reaches the first moment: the server wakes, moves his progress and pushes it.
        member.seesMessage("Two seconds in and already moved");
        member.sees("1 message from later in the film");
        assertThat(pageHolds()).doesNotContain(SPOILER);
        member.checkView("a film page with the member's own clock running");

        member.press("Pause");
        member.sees("Paused at 0:00:0");
        member.press("Stop watching along");
        member.sees("Watch along with the club's talk");
    }
}

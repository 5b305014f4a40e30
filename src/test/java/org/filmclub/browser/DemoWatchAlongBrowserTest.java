package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo club watching Her along the film, in Chromium at 1280×900: Ana hosts a screening and stops its film
 * clock at 1:02:15 beside the club's messages stamped with their moments, and Cleo, an hour and ten minutes in,
 * reads the timeline of what the club said along the film while the talk about later waits for her. Its screens
 * are the README's film-clock and film-timeline. The demo is left as it was found but for one more screening of
 * Her that has ended: Cleo's progress goes back to not set.
 */
class DemoWatchAlongBrowserTest extends BrowserTest {

    private static final String SLUG = "midnight-film-society";
    private static final By CLOCK_TIME = By.cssSelector(".film-clock-time");

    @Autowired
    ScreeningService screenings;

    @Autowired
    FilmService films;

    @Autowired
    ProgressService progress;

    private MemberProfile demoMember(String username) {
        return memberService.profilesByUsername(List.of(username)).get(username);
    }

    private long her() {
        return films.films(SLUG, "Her", 1).films().get(0).id();
    }

    @Test
    void the_host_stops_the_film_clock_at_a_moment_the_club_wrote_about() {
        loginAs(demoMember("ana"));
        var her = her();
        var screening = screenings.schedule(
                SLUG,
                new ScreeningInput(
                        her,
                        LocalDateTime.now(clock).plusDays(2),
                        ZoneId.of("Europe/Madrid"),
                        150,
                        "Ana's living room, Calle del Cine 5",
                        "",
                        null,
                        ""));
        screenings.start(SLUG, screening);
        try {
            openBrowser(1280, 900);
            logIn("ana", "filmclub-ana");
            member.open("/clubs/" + SLUG + "/screenings/" + screening);
            wait.until(ExpectedConditions.textToBe(CLOCK_TIME, "Paused at 0:00:00"));
            member.type("Jump to", "1:02:15");
            member.press("Jump");
            wait.until(ExpectedConditions.textToBe(CLOCK_TIME, "Paused at 1:02:15"));
            member.seesMessage("as sad.");
            assertThat(member.messagesWith("⏱")).isNotEmpty();
            member.sees("Keys in the room: Space or k plays and pauses, j and l go 10 s back and on.");
            scrollDiscussionTo("Lunch with Catherine.");
            screenshot("film-clock");
        } finally {
            loginAs(demoMember("ana"));
            screenings.end(SLUG, screening);
        }
    }

    @Test
    void a_member_part_way_through_reads_the_timeline_up_to_where_she_is() {
        var cleo = demoMember("cleo");
        loginAs(cleo);
        var her = her();
        progress.setProgress(SLUG, her, Progress.at(Moment.parse("1:10:00")));
        try {
            openBrowser(1280, 900);
            logIn("cleo", "filmclub-cleo");
            // Later that evening, as a member who opens the demo some time after it was made reads it.
            clock.stopAt(clock.instant().plus(Duration.ofHours(2)));
            member.open("/clubs/" + SLUG + "/films/" + her);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".timeline-strip")));
            member.sees("You are at 1:10:00.");
            member.sees("I'm at 1:10:00");
            member.sees("messages from later in the film");
            member.seesMessage("Lunch with Catherine.");
            assertThat(member.text()).doesNotContain("641 of them");
            // The long "Watch along with the club's screening of …" wraps within its card.
            member.sees("Watch along with the club's screening of");
            assertThat(
                            (Boolean)
                                    member.script(
                                            """
                    const button = document.querySelector('.watch-along-start');
                    const card = button.closest('.card');
                    return button.getBoundingClientRect().right <= card.getBoundingClientRect().right + 0.5;"""))
                    .isTrue();
            // The timeline card at the top of the window, just under the app bar.
            member.script(
                    """
                    const card = document.querySelector('.timeline');
                    card.scrollIntoView({block: 'start'});
                    window.scrollBy(0, -72);""");
            scrollDiscussionTo("Lunch with Catherine.");
            screenshot("film-timeline");

            member.press("1:00:00 · 2");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            member.sees("From 1:00:00 to 1:05:00");
            member.sees("Is the past really just a story we tell ourselves?");
            screenshot("film-timeline-stretch");
            member.checkReadable("the film page with its timeline and a stretch open, part way through");
        } finally {
            clock.resume();
            loginAs(cleo);
            progress.setProgress(SLUG, her, Progress.notSet());
        }
    }

    /** Scrolls the discussion, and only it, until the message with this text is at its top. */
    private void scrollDiscussionTo(String text) {
        member.seesMessage(text);
        member.script(
                """
                const list = document.querySelector('.discussion-list');
                const row = [...list.querySelectorAll('.message')].find(m => m.textContent.includes(arguments[0]));
                list.scrollTop += row.getBoundingClientRect().top - list.getBoundingClientRect().top;""",
                text);
    }
}

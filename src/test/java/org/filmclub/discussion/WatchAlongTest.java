package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.UUID;
import org.filmclub.FilmTalkTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.WatchAlong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Watching later, with the club: a member runs their own film clock on the film page, and the club's messages and
 * questions arrive as it reaches the moments they were written at, never before.
 */
class WatchAlongTest extends FilmTalkTest {

    private static final String OPENING = "The letter-writing office is so warm";
    private static final String LATER = "Samantha leaves with the other OSes";
    private static final String ASKED = "Would a zen-type AI want to grow?";

    @Autowired
    WatchAlong watchAlong;

    @BeforeEach
    void theClubTalkedDuringItsScreening() {
        clock.stop();
        postAs(host, OPENING, "0:05:00");
        askAs(cleo, ASKED, "0:10:00");
        postAs(cleo, LATER, "1:55:00");
    }

    private static Section panel() {
        return _get(Section.class, spec -> spec.withClasses("watch-along"));
    }

    private static void press(String text) {
        _click(_get(panel(), Button.class, spec -> spec.withText(text)));
    }

    private static String filmTime() {
        return _get(panel(), Span.class, spec -> spec.withClasses("film-clock-time"))
                .getText();
    }

    /** Real time passes while the member's copy plays; the server's timer then wakes the clock, as it does live. */
    private void filmPlaysFor(Duration played) {
        clock.stopAt(clock.instant().plus(played));
        ReflectionTestUtils.invokeMethod(panel(), "reached");
        pushesArrive();
    }

    private Progress progressNowOf(MemberProfile member) {
        loginAs(member);
        return progress.progress(slug, filmId);
    }

    @Test
    void what_the_club_said_appears_as_the_members_own_clock_reaches_it_and_not_before() {
        openFilmAs(ben);
        assertThat(Rows.texts()).hasSize(2);

        press("Watch along with the club's talk");
        pushesArrive();

        assertThat(filmTime()).isEqualTo("0:00:00");
        assertThat(Rows.texts()).isEmpty();
        assertThat(Sent.everything()).doesNotContain(OPENING, ASKED, LATER);
        assertThat(Sent.heldBackLine()).contains("2 messages from later in the film");
        assertThat((Boolean) ReflectionTestUtils.invokeMethod(panel(), "waiting"))
                .isTrue();

        filmPlaysFor(Duration.ofMinutes(5));
        assertThat(Rows.texts()).singleElement().asString().contains(OPENING, "⏱ 0:05:00");
        assertThat(Sent.everything()).doesNotContain(ASKED, LATER);
        assertThat(progressNowOf(ben)).isEqualTo(Progress.at(Moment.parse("0:05:00")));

        filmPlaysFor(Duration.ofMinutes(5));
        assertThat(Sent.everything()).contains(ASKED).doesNotContain(LATER);
        assertThat(Sent.heldBackLine()).contains("1 message from later in the film");
    }

    @Test
    void the_server_wakes_the_clock_at_the_next_moment_the_club_talked_about_and_at_the_end() {
        loginAs(ben);
        var started = watchAlong.start(slug, filmId);
        assertThat(started.untilNext()).contains(Duration.ofMinutes(5));

        clock.stopAt(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(watchAlong.reached(slug, filmId).untilNext()).contains(Duration.ofMinutes(5));

        clock.stopAt(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(watchAlong.reached(slug, filmId).untilNext()).contains(Duration.ofMinutes(105));

        clock.stopAt(clock.instant().plus(Duration.ofMinutes(105)));
        // The last word was at 1:55:00; the film runs 2:06:00, and at its end Ben has finished.
        assertThat(watchAlong.reached(slug, filmId).untilNext()).contains(Duration.ofMinutes(11));
        clock.stopAt(clock.instant().plus(Duration.ofHours(1)));
        var end = watchAlong.reached(slug, filmId);
        assertThat(end.playhead().playing()).isFalse();
        assertThat(end.playhead().positionMs())
                .isEqualTo(Duration.ofMinutes(126).toMillis());
        assertThat(end.progress()).isEqualTo(Progress.finished());
        assertThat(end.untilNext()).isEmpty();
        watchAlong.stop(slug, filmId);
    }

    @Test
    void what_the_member_writes_meanwhile_is_anchored_at_their_own_moment() {
        openFilmAs(ben);
        press("Watch along with the club's talk");
        filmPlaysFor(Duration.ofMinutes(5).plusSeconds(30));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "The office again");
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(Rows.texts()).anySatisfy(row -> assertThat(row).contains("The office again", "⏱ 0:05:30"));

        // A question asked now is anchored there too, and a time the member types still wins.
        var own = questions.propose(
                slug,
                filmId,
                new Proposal("Why letters?", false, ""),
                true,
                UUID.randomUUID().toString(),
                null);
        var typed = discussion.post(
                slug, filmId, "Back at the start", null, UUID.randomUUID().toString(), Moment.ofSeconds(1));
        assertThat(questions.board(slug, filmId).questions())
                .filteredOn(q -> q.id() == own)
                .singleElement()
                .satisfies(q -> assertThat(q.moment()).isEqualTo(Moment.parse("0:05:30")));
        assertThat(typed.moment()).isEqualTo(Moment.ofSeconds(1));

        // Cleo, with no clock of her own, writes without a moment.
        loginAs(cleo);
        var hers = discussion.post(
                slug, filmId, "Unanchored", null, UUID.randomUUID().toString(), null);
        assertThat(hers.moment()).isNull();
    }

    @Test
    void pause_and_jump_move_the_clock_and_the_progress_and_a_bad_time_keeps_the_text() {
        openFilmAs(ben);
        press("Watch along with the club's talk");
        filmPlaysFor(Duration.ofMinutes(3));

        press("Pause");
        assertThat(filmTime()).isEqualTo("Paused at 0:03:00");
        filmPlaysFor(Duration.ofMinutes(30));
        assertThat(Rows.texts()).isEmpty();
        assertThat(progressNowOf(ben)).isEqualTo(Progress.at(Moment.parse("0:03:00")));

        loginAs(ben);
        var jumpTo = _get(panel(), TextField.class, spec -> spec.withLabel("Jump to"));
        _setValue(jumpTo, "1:70:00");
        press("Jump");
        assertThat(jumpTo.isInvalid()).isTrue();
        assertThat(jumpTo.getErrorMessage()).contains("“1:70:00”", "minutes go up to 59");
        assertThat(jumpTo.getValue()).isEqualTo("1:70:00");

        _setValue(jumpTo, "1:56:00");
        press("Jump");
        pushesArrive();
        assertThat(jumpTo.isInvalid()).isFalse();
        assertThat(filmTime()).isEqualTo("Paused at 1:56:00");
        assertThat(Rows.texts()).hasSize(2).anySatisfy(row -> assertThat(row).contains(LATER));

        _setValue(jumpTo, "3:00:00");
        press("Jump");
        pushesArrive();
        assertThat(filmTime()).isEqualTo("Paused at 2:06:00");
        assertThat(jumpTo.getHelperText()).contains("The film runs 2:06:00");
        assertThat(progressNowOf(ben)).isEqualTo(Progress.finished());

        loginAs(ben);
        press("Stop watching along");
        assertThat(_get(panel(), Button.class, spec -> spec.withText("Watch along with the club's talk"))
                        .isVisible())
                .isTrue();
        assertThat(progressNowOf(ben)).isEqualTo(Progress.finished());
    }

    @Test
    void a_member_removed_while_their_clock_runs_finds_it_stopped_and_writes_nothing() {
        openFilmAs(ben);
        press("Watch along with the club's talk");

        loginAs(host);
        clubService.remove(slug, ben.id());

        loginAs(ben);
        pushesArrive();

        // The removal takes Ben off the club's pages; his clock goes with the film page.
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("clubs");
        assertThat(_find(Section.class, spec -> spec.withClasses("watch-along")))
                .isEmpty();
        var running = (java.util.Map<?, ?>) ReflectionTestUtils.getField(watchAlong, "running");
        assertThat(running.containsKey(ben.id())).isFalse();
        assertThat(Sent.everything()).doesNotContain(OPENING);
        // Had a wake-up of the clock still come, it would have found nothing to move.
        clock.stopAt(clock.instant().plus(Duration.ofMinutes(6)));
        looksMissing(() -> watchAlong.reached(slug, filmId));
        looksMissing(() -> watchAlong.start(slug, filmId));
    }

    @Test
    void a_member_of_another_club_can_run_no_clock_on_this_clubs_film() {
        var outsider = newMember("Olga Other");
        var otherSlug = newClub(outsider);
        loginAs(outsider);
        looksMissing(() -> watchAlong.start(slug, filmId));
        var theirFilm = context.getBean(FilmService.class)
                .add(otherSlug, new FilmDetails("Arrival", 2016, "Denis Villeneuve", 116, "", ""))
                .id();
        // Their own club's name with this club's film, and this club's name with their film: neither reaches it.
        looksMissing(() -> watchAlong.start(otherSlug, filmId));
        loginAs(ben);
        looksMissing(() -> watchAlong.start(slug, theirFilm));
        looksMissing(() -> watchAlong.jump(otherSlug, filmId, "0:10:00"));
    }
}

package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.filmclub.FilmTalkTest;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What a member has not watched yet never reaches their browser: messages and questions anchored after their
 * progress stay on the server, counted, until they press Reveal.
 */
class SpoilerGatingTest extends FilmTalkTest {

    private static final String SPOILER = "Samantha leaves with the other OSes";
    private static final String SAFE = "The opening letter is lovely";

    /** What another member's screen receives of the board: the coalesced redraw, pushed to this UI. */
    private void boardRedrawnLive() {
        ReflectionTestUtils.invokeMethod(context.getBean("boardUpdates"), "redraw");
        pushesArrive();
    }

    @Test
    void a_message_from_later_in_the_film_never_reaches_the_browser_until_the_member_reveals_it() {
        postAs(host, SAFE, null, "0:05:00");
        postAs(host, SPOILER, null, "1:55:00");
        postAs(cleo, "Not about a moment", null, null);
        progressOf(ben, Progress.at(Moment.parse("0:42:00")));

        openFilmAs(ben);

        assertThat(Rows.texts()).hasSize(2).anySatisfy(row -> assertThat(row).contains(SAFE));
        assertThat(Sent.everything()).doesNotContain(SPOILER).contains(SAFE);
        assertThat(Sent.heldBackLine()).contains("1 message from later in the film");

        _click(_get(Button.class, spec -> spec.withText("Reveal")));

        assertThat(Rows.texts()).hasSize(3).anySatisfy(row -> assertThat(row).contains(SPOILER, "⏱ 1:55:00"));
        assertThat(Sent.heldBackLine()).isEmpty();
    }

    @Test
    void a_message_posted_live_at_a_later_moment_is_not_pushed_to_a_member_who_has_not_got_there() {
        progressOf(ben, Progress.at(Moment.parse("0:42:00")));
        openFilmAs(ben);
        var before = Rows.count();

        postAs(host, SPOILER, null, "1:30:00");
        var reply = postAs(cleo, "And then the reply about it", null, null);
        loginAs(ben);
        pushesArrive();

        assertThat(Rows.count()).isEqualTo(before + 1);
        assertThat(Rows.texts()).allSatisfy(row -> assertThat(row).doesNotContain(SPOILER));
        assertThat(Sent.everything()).doesNotContain(SPOILER).contains(reply.html());
        assertThat(Sent.heldBackLine()).contains("1 message from later in the film");

        // The author edits it live: still nothing of it reaches Ben.
        var spoiler = discussion.open(slug, filmId, true).messages().stream()
                .filter(m -> m.html().contains(SPOILER))
                .findFirst()
                .orElseThrow();
        loginAs(host);
        discussion.edit(slug, spoiler.id(), SPOILER + ", edited");
        loginAs(ben);
        pushesArrive();
        assertThat(Sent.everything()).doesNotContain(SPOILER);
    }

    @Test
    void replies_in_a_thread_from_later_in_the_film_are_held_back_with_it_whatever_their_own_moment() {
        var root = postAs(host, SPOILER, null, "1:50:00");
        postAs(cleo, "That moment wrecked me", root.id(), "0:10:00");
        progressOf(ben, Progress.at(Moment.parse("0:42:00")));

        openFilmAs(ben);

        assertThat(Sent.everything()).doesNotContain(SPOILER).doesNotContain("wrecked me");
        assertThat(Sent.heldBackLine()).contains("2 messages from later in the film");
    }

    @Test
    void saying_how_far_you_are_on_the_page_hides_and_then_shows_what_is_anchored_later() {
        postAs(host, SPOILER, null, "1:55:00");
        postAs(host, SAFE, null, null);

        openFilmAs(cleo);
        // Without a progress, nothing is hidden: a club's discussion stays as it was until a member asks.
        assertThat(Sent.everything()).contains(SPOILER);

        _click(_get(Button.class, spec -> spec.withText("Not started")));
        pushesArrive();
        assertThat(Sent.everything()).doesNotContain(SPOILER).contains(SAFE, "Not started");

        _setValue(_get(TextField.class, spec -> spec.withClasses("progress-at")), "1:55:00");
        _click(_get(Button.class, spec -> spec.withText("Set")));
        pushesArrive();
        assertThat(Sent.everything()).contains(SPOILER, "I'm at 1:55:00");

        _setValue(_get(TextField.class, spec -> spec.withClasses("progress-at")), "1:70:00");
        _click(_get(Button.class, spec -> spec.withText("Set")));
        var field = _get(TextField.class, spec -> spec.withClasses("progress-at"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("“1:70:00”", "59");
        assertThat(field.getValue()).isEqualTo("1:70:00");
    }

    @Test
    void a_member_always_sees_what_they_wrote_themself() {
        progressOf(ben, Progress.notStarted());
        postAs(ben, "Posting from my notes at the end", null, "2:00:00");

        openFilmAs(ben);

        assertThat(Sent.everything()).contains("Posting from my notes at the end");
        assertThat(Sent.heldBackLine()).isEmpty();
    }

    @Test
    void a_question_from_later_in_the_film_is_held_back_on_the_board_and_in_its_live_redraws() {
        askAs(host, "Why does she leave?", "1:50:00");
        askAs(host, "Why letters?", "0:05:00");
        progressOf(ben, Progress.at(Moment.parse("0:42:00")));

        openFilmAs(ben);
        assertThat(Sent.everything()).doesNotContain("Why does she leave?").contains("Why letters?");
        assertThat(Sent.heldBackLine()).contains("1 question from later in the film");

        askAs(cleo, "Is the ending hopeful?", "2:00:00");
        loginAs(ben);
        boardRedrawnLive();
        assertThat(Sent.everything()).doesNotContain("Why does she leave?").doesNotContain("Is the ending hopeful?");
        assertThat(Sent.heldBackLine()).contains("2 questions from later in the film");
        assertThat(questions.board(slug, filmId).questions())
                .extracting(q -> q.text())
                .containsExactly("Why letters?");

        _find(Button.class, spec -> spec.withText("Reveal")).stream()
                .filter(b -> b.getParent().orElseThrow().isVisible())
                .forEach(b -> _click(b));
        assertThat(Sent.everything()).contains("Why does she leave?", "Is the ending hopeful?");
    }

    @Test
    void a_typed_film_time_that_is_not_a_time_is_refused_and_the_message_stays_in_the_box() {
        openFilmAs(ben);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "The lift scene");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Film time")), "1:70:00");
        _click(_get(Button.class, spec -> spec.withText("Send")));

        var moment = _get(TextField.class, spec -> spec.withLabel("Film time"));
        assertThat(moment.isInvalid()).isTrue();
        assertThat(moment.getErrorMessage()).contains("“1:70:00”", "minutes go up to 59");
        assertThat(moment.getValue()).isEqualTo("1:70:00");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Message")).getValue())
                .isEqualTo("The lift scene");
        assertThat(Rows.count()).isZero();

        _setValue(moment, "1:10:00");
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(Rows.text(0)).contains("⏱ 1:10:00", "The lift scene");
    }

    @Test
    void at_my_progress_fills_the_film_time_from_where_the_member_is() {
        progressOf(ben, Progress.at(Moment.parse("0:42:00")));
        openFilmAs(ben);
        _click(_get(Button.class, spec -> spec.withText("At my progress")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Film time")).getValue())
                .isEqualTo("0:42:00");
    }

    @Test
    void clicking_a_film_time_shows_what_else_was_said_near_it_that_the_member_may_see() {
        postAs(host, "Just before the lift", null, "1:00:00");
        postAs(cleo, SPOILER, null, "1:01:00");
        postAs(host, "Much later on", null, "1:05:00");
        progressOf(ben, Progress.at(Moment.parse("1:00:30")));
        postAs(ben, "My note at the lift", null, "1:01:30");

        openFilmAs(ben);
        Rows.press(Rows.count() - 1, "moment");

        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(Sent.within(dialog.getElement()))
                .contains("Near ⏱ 1:01:30", "Just before the lift", "My note at the lift")
                .doesNotContain(SPOILER)
                .doesNotContain("Much later on");
        assertThat(Sent.everything()).doesNotContain(SPOILER);
    }
}

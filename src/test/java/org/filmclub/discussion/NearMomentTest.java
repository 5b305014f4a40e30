package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.stream.IntStream;
import org.filmclub.FilmTalkTest;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.junit.jupiter.api.Test;

/**
 * A member clicks a film time, on a message or on a question, and sees what else the club wrote near it: the
 * messages and the questions, within two minutes either way, as far as their progress lets them see.
 */
class NearMomentTest extends FilmTalkTest {

    private static final String AT_0_42 = "The lift stops and she laughs";
    private static final String ASKED_0_41_30 = "Why does he close his eyes?";
    private static final String ASKED_0_50 = "Who chose the beach?";

    private static void pressMomentOf(String text) {
        var row = IntStream.range(0, Rows.count())
                .filter(i -> Rows.text(i).contains(text))
                .findFirst()
                .orElseThrow();
        Rows.press(row, "moment");
    }

    private static void pressMomentOfQuestion(String moment) {
        _click(_find(Button.class, spec -> spec.withClasses("question-moment-button")).stream()
                .filter(b -> ("Film time " + moment + ": show what was written near it")
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow());
    }

    private static String dialog() {
        return Sent.within(_get(Dialog.class).getElement());
    }

    @Test
    void a_message_s_moment_shows_the_questions_asked_near_it_too() {
        postAs(host, AT_0_42, "0:42:00");
        askAs(cleo, ASKED_0_41_30, "0:41:30");
        askAs(cleo, ASKED_0_50, "0:50:00");

        openFilmAs(ben);
        pressMomentOf(AT_0_42);

        assertThat(dialog())
                .contains("Near ⏱ 0:42:00", AT_0_42, "Questions", ASKED_0_41_30, "⏱ 0:41:30")
                .doesNotContain(ASKED_0_50);
    }

    @Test
    void hidden_and_merged_questions_are_left_out_even_for_a_host() {
        postAs(ben, AT_0_42, "0:42:00");
        var hidden = askAs(cleo, "A rude question", "0:42:10");
        var duplicate = askAs(cleo, "Why does he shut his eyes?", "0:41:50");
        var kept = askAs(ben, ASKED_0_41_30, "0:41:30");
        loginAs(host);
        questions.hide(slug, hidden, "Not kind");
        questions.merge(slug, duplicate, kept);

        openFilmAs(host);
        pressMomentOf(AT_0_42);

        assertThat(dialog()).contains(ASKED_0_41_30).doesNotContain("A rude question", "shut his eyes");
    }

    @Test
    void a_member_gets_no_question_from_past_their_progress_whichever_moment_they_click() {
        askAs(host, "Is this where it turns?", "0:43:30");
        askAs(host, ASKED_0_41_30, "0:41:30");
        loginAs(ben);
        progress.setProgress(slug, filmId, Progress.at(Moment.parse("0:42:00")));
        postAs(ben, AT_0_42, "0:42:00");

        openFilmAs(ben);
        pressMomentOf(AT_0_42);
        assertThat(dialog()).contains(ASKED_0_41_30).doesNotContain("Is this where it turns?");
        assertThat(Sent.everything()).doesNotContain("Is this where it turns?");
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Close")));

        pressMomentOfQuestion("0:41:30");
        assertThat(dialog()).contains(AT_0_42, ASKED_0_41_30).doesNotContain("Is this where it turns?");
        assertThat(Sent.everything()).doesNotContain("Is this where it turns?");
    }

    @Test
    void a_question_s_moment_on_the_board_is_a_button_that_shows_what_was_written_near_it() {
        postAs(host, AT_0_42, "0:42:00");
        postAs(cleo, "Much later on", "1:10:00");
        askAs(cleo, ASKED_0_41_30, "0:41:30");
        askAs(cleo, ASKED_0_50, "0:50:00");

        openFilmAs(ben);
        pressMomentOfQuestion("0:41:30");

        assertThat(dialog())
                .contains("Near ⏱ 0:41:30", AT_0_42, ASKED_0_41_30)
                .doesNotContain("Much later on", ASKED_0_50);
    }

    @Test
    void near_means_two_minutes_either_way_and_never_before_the_start() {
        var at = Moment.parse("0:42:00");
        assertThat(at.isNear(Moment.parse("0:40:00"))).isTrue();
        assertThat(at.isNear(Moment.parse("0:44:00"))).isTrue();
        assertThat(at.isNear(Moment.parse("0:44:01"))).isFalse();
        assertThat(Moment.parse("0:01:00").nearFrom()).isEqualTo(Moment.ofMillis(0));
        assertThat(at.nearTo()).isEqualTo(Moment.parse("0:44:00"));
    }
}

package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import elemental.json.Json;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.ui.ReadingLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member selects a passage of an essay and quotes it into the discussion, or asks the club about it: what the
 * film page does with the passage its browser sends.
 */
class QuotePassageTest extends ClubWithAFilmTest {

    /** The passage buttons, in the order the page offers them: the discussion's first, then the board's. */
    private static final int DISCUSSION = 0;

    private static final int QUESTIONS = 1;

    @BeforeEach
    void benOpensTheFilm() {
        loginAs(ben);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
    }

    private static TextArea composer() {
        return _get(TextArea.class, spec -> spec.withLabel("Message"));
    }

    private static ReadingLayout layout() {
        return _get(ReadingLayout.class);
    }

    /** What the browser sends when the member presses a passage button with words of the essay selected. */
    private static void choose(int taker, String passage) {
        var event = Json.createObject();
        event.put("event.detail.taker", taker);
        event.put("event.detail.text", passage);
        BasicUtilsKt._fireDomEvent(layout(), "passage-chosen", event);
    }

    @Test
    void the_page_offers_to_quote_a_passage_in_the_discussion_and_to_ask_about_it() {
        assertThat(_find(Button.class).stream().map(Button::getText))
                .contains("Quote in discussion", "Ask about this", "Ask about the selected passage");
    }

    @Test
    void a_quoted_passage_lands_in_the_composer_as_a_block_quote_after_what_was_written_and_is_sent_with_the_reply() {
        _setValue(composer(), "Look at this:");
        layout().select("Questions");
        assertThat(layout().getElement().getAttribute("data-show")).isEqualTo("talk");

        choose(DISCUSSION, "  The past is just a story\nwe tell ourselves.\n\n\nShe says it lightly.  ");

        assertThat(composer().getValue())
                .isEqualTo(
                        "Look at this:\n\n> The past is just a story\n> we tell ourselves.\n>\n> She says it lightly.\n\n");
        var discussion = composer()
                .getParent()
                .orElseThrow()
                .getParent()
                .orElseThrow()
                .getParent()
                .orElseThrow();
        assertThat(discussion.getElement().hasAttribute("data-current"))
                .as("the discussion is the panel shown")
                .isTrue();

        _setValue(composer(), composer().getValue() + "A dodge, and she knows it.");
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(Rows.text(Rows.count() - 1))
                .contains("> The past is just a story", "> She says it lightly.", "A dodge, and she knows it.");
        assertThat(composer().getValue()).isEmpty();
    }

    @Test
    void a_passage_too_long_for_the_message_is_cut_short_so_the_message_can_still_be_sent() {
        var draft = "x".repeat(3000);
        _setValue(composer(), draft);
        choose(DISCUSSION, "word ".repeat(3000));

        var quoted = composer().getValue();
        assertThat(quoted)
                .startsWith(draft + "\n\n> word word")
                .endsWith("…\n\n")
                .hasSizeLessThanOrEqualTo(DiscussionLimits.MESSAGE_MAX);
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(composer().isInvalid()).isFalse();
        assertThat(Rows.count()).isEqualTo(1);
    }

    @Test
    void the_page_takes_no_more_of_a_passage_than_its_limit() {
        choose(DISCUSSION, "word ".repeat(3000));

        assertThat(composer().getValue())
                .hasSize(("> "
                                + "word "
                                        .repeat(3000)
                                        .substring(0, ReadingLayout.PASSAGE_MAX)
                                        .strip() + "\n\n")
                        .length());
    }

    @Test
    void asking_about_a_passage_opens_the_question_form_with_the_passage_quoted() {
        choose(QUESTIONS, "what happens when one of them keeps growing");

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ask about this passage");
        assertThat(Screen.textOf(dialog)).contains("“what happens when one of them keeps growing”");
        assertThat(composer().getValue()).isEmpty();
    }

    @Test
    void a_forged_choice_of_no_panel_or_of_nothing_changes_nothing() {
        _setValue(composer(), "draft");
        choose(7, "a passage");
        choose(-1, "a passage");
        choose(DISCUSSION, "   ");
        assertThat(composer().getValue()).isEqualTo("draft");
    }
}

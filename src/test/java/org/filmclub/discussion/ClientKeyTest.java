package org.filmclub.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filmclub.ClubWithAFilmTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A crafted request with a key no page makes gets a clear refusal, and nothing is stored. */
class ClientKeyTest extends ClubWithAFilmTest {

    @Autowired
    DiscussionService discussion;

    @Autowired
    QuestionService questions;

    @Test
    void a_message_or_question_sent_with_an_overlong_or_missing_key_is_refused_and_nothing_is_stored() {
        loginAs(ben);
        var overlong = "k".repeat(41);
        for (var key : new String[] {overlong, "", null}) {
            assertThatThrownBy(() -> discussion.post(slug, filmId, "Hello", null, key))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reload the page");
            assertThatThrownBy(() -> questions.propose(slug, filmId, new Proposal("Why?", false, ""), true, key))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reload the page");
        }
        assertThat(discussion.open(slug, filmId).messages()).isEmpty();
        assertThat(questions.board(slug, filmId).questions()).isEmpty();

        discussion.post(slug, filmId, "Hello", null, "k".repeat(40));
        assertThat(discussion.open(slug, filmId).messages()).hasSize(1);
    }
}

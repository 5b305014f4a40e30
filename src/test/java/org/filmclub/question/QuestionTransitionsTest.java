package org.filmclub.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.filmclub.base.NotPermittedException;
import org.junit.jupiter.api.Test;

/** Which moves a question on the board allows from each status, without a database. */
class QuestionTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T20:00:00Z");
    private static final long FILM = 7;

    private static Question open() {
        return new Question(FILM, 1, "Would a zen-type AI want to grow?", false, null, "k", NOW, null);
    }

    private static Question discussing() {
        var question = open();
        question.discuss();
        return question;
    }

    private static Question answered() {
        var question = open();
        question.markAnswered(NOW);
        return question;
    }

    private static Question hidden() {
        var question = open();
        question.hide("Off topic");
        return question;
    }

    private static Question merged() {
        var question = open();
        question.mergeInto(open());
        return question;
    }

    @Test
    void a_new_question_is_open_unpinned_and_takes_votes() {
        var question = open();
        assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(question.pinned()).isFalse();
        assertThatNoException().isThrownBy(question::requireTakesVotes);
    }

    @Test
    void an_open_or_discussed_question_can_be_discussed() {
        assertThat(discussing().status()).isEqualTo(QuestionStatus.DISCUSSING);
        var again = discussing();
        again.discuss();
        assertThat(again.status()).isEqualTo(QuestionStatus.DISCUSSING);
        assertThatNoException().isThrownBy(again::requireTakesVotes);
    }

    @Test
    void only_an_open_question_can_be_discussed() {
        for (var question : new Question[] {answered(), hidden(), merged()}) {
            var before = question.status();
            assertThatThrownBy(question::discuss)
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only an open question can be discussed now.");
            assertThat(question.status()).isEqualTo(before);
        }
    }

    @Test
    void the_discussed_question_goes_back_to_open_when_another_is_discussed() {
        var question = discussing();
        question.stopDiscussing();
        assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);

        var answered = answered();
        answered.stopDiscussing();
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
    }

    @Test
    void an_answered_question_keeps_when_and_loses_its_pin_and_its_votes() {
        var question = discussing();
        question.pin();
        question.markAnswered(NOW);
        assertThat(question.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(question.answeredAt()).isEqualTo(NOW);
        assertThat(question.pinned()).isFalse();
        assertThatThrownBy(question::requireTakesVotes)
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This question was answered; it takes no more votes.");
    }

    @Test
    void only_an_open_question_can_be_marked_answered() {
        for (var question : new Question[] {answered(), hidden(), merged()}) {
            assertThatThrownBy(() -> question.markAnswered(NOW.plusSeconds(60)))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only an open question can be marked answered.");
        }
        assertThat(answered().answeredAt()).isEqualTo(NOW);
    }

    @Test
    void an_answered_or_hidden_question_can_be_reopened() {
        for (var question : new Question[] {answered(), hidden()}) {
            question.reopen();
            assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
            assertThatNoException().isThrownBy(question::requireTakesVotes);
        }
    }

    @Test
    void only_an_answered_or_hidden_question_can_be_reopened() {
        for (var question : new Question[] {open(), discussing(), merged()}) {
            var before = question.status();
            assertThatThrownBy(question::reopen)
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only an answered or hidden question can be reopened.");
            assertThat(question.status()).isEqualTo(before);
        }
    }

    @Test
    void a_hidden_question_keeps_the_reason_loses_its_pin_and_takes_no_votes() {
        var question = open();
        question.pin();
        question.hide("Off topic");
        assertThat(question.status()).isEqualTo(QuestionStatus.HIDDEN);
        assertThat(question.hiddenReason()).isEqualTo("Off topic");
        assertThat(question.pinned()).isFalse();
        assertThatThrownBy(question::requireTakesVotes)
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This question was hidden by a host; it takes no votes.");
    }

    @Test
    void any_question_but_a_merged_one_can_be_hidden() {
        for (var question : new Question[] {open(), discussing(), answered(), hidden()}) {
            question.hide("Spoils the ending");
            assertThat(question.status()).isEqualTo(QuestionStatus.HIDDEN);
        }
        var merged = merged();
        assertThatThrownBy(() -> merged.hide("Spoils the ending"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("That question was merged into another.");
        assertThat(merged.status()).isEqualTo(QuestionStatus.MERGED);
    }

    @Test
    void a_merged_duplicate_hands_its_discussion_and_its_pin_to_the_target() {
        var duplicate = discussing();
        duplicate.pin();
        var target = open();
        duplicate.mergeInto(target);
        assertThat(duplicate.status()).isEqualTo(QuestionStatus.MERGED);
        assertThat(duplicate.pinned()).isFalse();
        assertThat(target.status()).isEqualTo(QuestionStatus.DISCUSSING);
        assertThat(target.pinned()).isTrue();
        assertThatThrownBy(duplicate::requireTakesVotes)
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This question was merged into another; vote for that one.");
    }

    @Test
    void an_answered_or_hidden_duplicate_can_be_merged_and_leaves_the_target_as_it_was() {
        for (var duplicate : new Question[] {answered(), hidden()}) {
            var target = discussing();
            duplicate.mergeInto(target);
            assertThat(duplicate.status()).isEqualTo(QuestionStatus.MERGED);
            assertThat(target.status()).isEqualTo(QuestionStatus.DISCUSSING);
            assertThat(target.pinned()).isFalse();
        }
    }

    @Test
    void a_question_can_only_be_merged_into_another_on_the_same_board() {
        var question = open();
        assertThatThrownBy(() -> question.mergeInto(question))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("A question can only be merged into another question on the same board.");
        var elsewhere = new Question(FILM + 1, 1, "Would a zen-type AI want to grow?", false, null, "k2", NOW, null);
        assertThatThrownBy(() -> question.mergeInto(elsewhere))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("A question can only be merged into another question on the same board.");
        assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
    }

    @Test
    void a_question_can_only_be_merged_into_an_open_one_and_only_once() {
        for (var target : new Question[] {answered(), hidden(), merged()}) {
            var duplicate = open();
            assertThatThrownBy(() -> duplicate.mergeInto(target))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("A question can only be merged into an open one.");
            assertThat(duplicate.status()).isEqualTo(QuestionStatus.OPEN);
        }
        var merged = merged();
        assertThatThrownBy(() -> merged.mergeInto(open()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("A question can only be merged into an open one.");
    }

    @Test
    void only_an_open_question_can_be_pinned_but_any_can_be_unpinned() {
        var question = discussing();
        question.pin();
        assertThat(question.pinned()).isTrue();
        question.unpin();
        assertThat(question.pinned()).isFalse();
        for (var closed : new Question[] {answered(), hidden(), merged()}) {
            assertThatThrownBy(closed::pin)
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only an open question can be pinned.");
            assertThat(closed.pinned()).isFalse();
            closed.unpin();
        }
    }
}

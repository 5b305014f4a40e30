package org.filmclub.question;

import java.util.List;
import org.filmclub.discussion.QuestionsNear;
import org.filmclub.watch.Moment;
import org.springframework.stereotype.Component;

/** Lists the board's questions near a moment in the dialog that shows what else the club wrote there. */
@Component
class AskedNearMoment implements QuestionsNear {

    private final QuestionService questions;

    AskedNearMoment(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public List<Asked> near(String slug, long filmId, Moment moment, boolean reveal) {
        return questions.near(slug, filmId, moment, reveal).stream()
                .map(q -> new Asked(q.id(), q.text(), q.moment()))
                .toList();
    }
}

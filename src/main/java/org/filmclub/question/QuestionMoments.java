package org.filmclub.question;

import java.util.Optional;
import org.filmclub.film.FilmRef;
import org.filmclub.watch.AnchoredMoments;
import org.filmclub.watch.Moment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the questions on a film's board are anchored, for a clock that shows them as the film reaches them. */
@Component
class QuestionMoments implements AnchoredMoments {

    private final QuestionRepository questions;

    QuestionMoments(QuestionRepository questions) {
        this.questions = questions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Moment> firstAfter(FilmRef film, Moment after) {
        return Optional.ofNullable(questions.findFirstMomentAfter(film.id(), after.millis()))
                .map(Moment::ofMillis);
    }
}

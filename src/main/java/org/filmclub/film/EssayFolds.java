package org.filmclub.film;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks {@link EndingFold}, looked up when first needed, whether an essay's text may leave the server for a reader. */
@Component
class EssayFolds {

    private final ObjectProvider<EndingFold> fold;

    EssayFolds(ObjectProvider<EndingFold> fold) {
        this.fold = fold;
    }

    /** Whether the essay stays folded for this reader: it discusses the ending and their progress keeps it. */
    boolean folded(long readerId, long filmId, long authorId, boolean discussesEnding) {
        if (!discussesEnding) {
            return false;
        }
        var answer = fold.getIfAvailable();
        return answer == null ? readerId != authorId : !answer.unfolds(readerId, filmId, authorId);
    }
}

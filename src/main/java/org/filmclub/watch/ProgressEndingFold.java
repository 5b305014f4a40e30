package org.filmclub.watch;

import org.filmclub.film.EndingFold;
import org.springframework.stereotype.Component;

/** Answers for films whether a member reads an essay on the ending unfolded, by the gate their progress makes. */
@Component
class ProgressEndingFold implements EndingFold {

    private final ProgressService progress;

    ProgressEndingFold(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public boolean unfolds(long memberId, long filmId, long authorId) {
        return new Gate(memberId, progress.progressOf(memberId, filmId), false).showsEnding(authorId);
    }
}

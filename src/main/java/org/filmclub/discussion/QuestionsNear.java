package org.filmclub.discussion;

import java.util.List;
import org.filmclub.watch.Moment;

/**
 * The questions a club asked near a moment of a film, for the dialog that shows what else was said there. The
 * question feature, built on the discussion, provides them, so the discussion never depends on it.
 */
public interface QuestionsNear {

    /** A question as the dialog lists it. */
    record Asked(long id, String text, Moment moment) {}

    /**
     * The questions anchored near the moment ({@link Moment#isNear}), in film-time order, that the current member
     * may see on the board and that their progress lets through ({@code reveal} as their screen has it); hidden
     * and merged ones left out.
     */
    List<Asked> near(String slug, long filmId, Moment moment, boolean reveal);
}

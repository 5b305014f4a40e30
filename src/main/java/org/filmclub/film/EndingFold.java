package org.filmclub.film;

/**
 * Whether a member reads unfolded an essay whose author marked it as discussing the ending. The feature that knows
 * how far each member has watched a film answers, so that films never depend on it; where nothing answers, such an
 * essay stays folded for everyone but its author.
 */
public interface EndingFold {

    /** Whether the member reads unfolded an essay on the ending by this author, on a film of their own club. */
    boolean unfolds(long memberId, long filmId, long authorId);
}

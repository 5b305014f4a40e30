package org.filmclub.transfer;

import org.filmclub.film.FilmLimits;

/**
 * The one place where the limits of an imported club file are set. A club of many years is a few megabytes
 * with a few hundred people; each limit leaves room for far more than that and stops a file that only
 * wants to make the server work before anything is written.
 */
public final class TransferLimits {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int PEOPLE_MAX = 2_000;
    public static final int FILMS_MAX = 5_000;
    /** Essay revisions, all essays together. */
    public static final int REVISIONS_MAX = 20_000;

    public static final int MESSAGES_MAX = 100_000;
    public static final int QUESTIONS_MAX = 20_000;
    /** Votes, all questions together. */
    public static final int VOTES_MAX = 200_000;

    public static final int SCREENINGS_MAX = 5_000;
    /** Answers and arrivals, all screenings together. */
    public static final int RSVPS_MAX = 200_000;

    /** A club file nests seven levels deep (an essay revision inside its film); more is not a club file. */
    static final int NESTING_MAX = 12;
    /** The longest text in a club file is an essay revision. */
    static final int STRING_MAX = FilmLimits.ESSAY_MAX;

    static final int NAME_MAX = 64;
    static final int NUMBER_MAX = 24;

    private TransferLimits() {}
}

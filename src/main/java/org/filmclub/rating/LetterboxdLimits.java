package org.filmclub.rating;

/**
 * How much of a Letterboxd file the club reads. A member with a long diary has a few thousand rows; each limit
 * leaves room for far more and stops a file that only wants to make the server work.
 */
public final class LetterboxdLimits {

    /** An upload larger than this is refused before it is read. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Rows after the header; one more and the whole file is refused. */
    public static final int MAX_ROWS = 50_000;

    /** The longest cell read (a review); a row with a longer one is refused alone. */
    public static final int CELL_MAX = 10_000;

    private LetterboxdLimits() {}
}

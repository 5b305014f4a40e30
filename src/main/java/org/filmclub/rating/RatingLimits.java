package org.filmclub.rating;

import java.time.LocalDate;

/** The one place where rating limits are set; forms and services both read them. */
public final class RatingLimits {

    /** Half stars: 1 is ½ star. */
    public static final int HALVES_MIN = 1;
    /** Half stars: 10 is 5 stars. */
    public static final int HALVES_MAX = 10;

    public static final int TAKE_MAX = 500;
    /** The rendered take's column; a take of 500 characters never comes near it. */
    static final int TAKE_HTML_MAX = 20_000;
    /** A watch date before this is a typing slip, not a memory. */
    public static final LocalDate WATCHED_EARLIEST = LocalDate.of(1900, 1, 1);
    /** How often at most, in milliseconds, open film pages redraw their ratings when many come in. */
    public static final long REDRAW_EVERY_MS = 250;

    private RatingLimits() {}
}

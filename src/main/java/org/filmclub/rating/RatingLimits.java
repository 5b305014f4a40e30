package org.filmclub.rating;

import java.time.Duration;
import java.time.LocalDate;
import org.filmclub.base.FloodLimit;

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
    /**
     * Every rating is kept, so a script re-rating without end would grow a film's history and its page without
     * bound: a member gives at most this many ratings in a club within the window. Sending the same rating again
     * is no write and does not count; an import writes at most one rating per club film and is not counted.
     */
    public static final FloodLimit RATING_FLOOD = new FloodLimit(60, Duration.ofHours(1));
    /** How often at most, in milliseconds, open film pages redraw their ratings when many come in. */
    public static final long REDRAW_EVERY_MS = 250;

    private RatingLimits() {}
}

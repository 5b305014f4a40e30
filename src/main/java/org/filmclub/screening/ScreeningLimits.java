package org.filmclub.screening;

/** The one place where screening limits are set; forms and services both read them. */
public final class ScreeningLimits {

    public static final int VENUE_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int NOTE_MAX = 1000;
    public static final int DURATION_MIN = 10;
    public static final int DURATION_MAX = 24 * 60;
    /** Minutes of talk after the film, added to its runtime for the default length. */
    public static final int DISCUSSION_MINUTES = 45;

    public static final int SEATS_MAX = 10_000;
    /** Changes a calendar counts for one screening: far beyond any host's, and far from overflowing. */
    public static final int SEQUENCE_MAX = 1_000_000;

    private ScreeningLimits() {}
}

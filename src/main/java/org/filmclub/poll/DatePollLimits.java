package org.filmclub.poll;

/** The one place where date poll limits are set; forms and services both read them. */
public final class DatePollLimits {

    public static final int TIMES_MIN = 2;
    public static final int TIMES_MAX = 8;
    public static final int NOTE_MAX = 500;
    /** How often open date polls that changed are read once and sent to every page showing them. */
    public static final long REDRAW_EVERY_MS = 250;

    private DatePollLimits() {}
}

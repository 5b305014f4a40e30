package org.filmclub.question;

/** The one place where the question board's limits are set; forms and services both read them. */
public final class QuestionLimits {

    public static final int TEXT_MAX = 300;
    public static final int QUOTE_MAX = 500;
    public static final int REASON_MAX = 300;
    /** How often at most, in milliseconds, open boards are redrawn when votes pour in. */
    public static final long REDRAW_EVERY_MS = 250;

    private QuestionLimits() {
    }
}

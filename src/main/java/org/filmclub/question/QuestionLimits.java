package org.filmclub.question;

import java.time.Duration;
import org.filmclub.base.FloodLimit;

/** The one place where the question board's limits are set; forms and services both read them. */
public final class QuestionLimits {

    public static final int TEXT_MAX = 300;
    public static final int QUOTE_MAX = 500;
    public static final int REASON_MAX = 300;
    /** Proposing is slower than chatting: at most five questions a minute by one member. */
    public static final FloodLimit FLOOD = new FloodLimit(5, Duration.ofMinutes(1));
    /** How often at most, in milliseconds, open boards are redrawn when votes pour in. */
    public static final long REDRAW_EVERY_MS = 250;

    private QuestionLimits() {}
}

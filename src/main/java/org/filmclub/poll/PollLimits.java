package org.filmclub.poll;

import java.time.Duration;
import org.filmclub.base.FloodLimit;

/** The one place where nominations' and polls' limits are set; forms and services both read them. */
public final class PollLimits {

    public static final int PITCH_MAX = 500;
    public static final int POLL_TITLE_MAX = 200;
    public static final int CHOICES_MIN = 2;
    public static final int CHOICES_MAX = 20;
    /** How far ahead a poll may close. */
    public static final Duration OPEN_AT_MOST = Duration.ofDays(90);
    /** A member nominates at most ten films an hour. */
    public static final FloodLimit NOMINATION_FLOOD = new FloodLimit(10, Duration.ofHours(1));
    /**
     * Open nominations a club's list holds at most: the club's home shows them all, so a list beyond this is
     * no help to anyone. Withdrawn and archived ones make room.
     */
    public static final int NOMINATIONS_OPEN_MAX = 100;
    /** Polls open at once in a club: each is counted on every change and listed on the club's home. */
    public static final int POLLS_OPEN_MAX = 20;
    /** How often at most, in milliseconds, open polls' live standings are redrawn when ballots pour in. */
    public static final long REDRAW_EVERY_MS = 250;

    public static final String DEFAULT_TITLE = "What do we watch next?";

    private PollLimits() {}
}

package org.filmclub.discussion;

import java.time.Duration;
import org.filmclub.base.FloodLimit;

/** The one place where the discussion's limits are set; the panel and the service both read them. */
public final class DiscussionLimits {

    public static final int MESSAGE_MAX = 4000;
    /** Thread starters shown when the panel opens, and loaded each time the member asks for earlier ones. */
    public static final int PAGE = 50;
    /** Replies shown under a thread starter at first, and loaded each time the member asks for more of them. */
    public static final int REPLIES_PAGE = 20;
    /** Faster than this is not a person typing: at most FLOOD_COUNT messages in FLOOD_WINDOW. */
    public static final int FLOOD_COUNT = 5;

    public static final Duration FLOOD_WINDOW = Duration.ofSeconds(10);
    public static final FloodLimit FLOOD = new FloodLimit(FLOOD_COUNT, FLOOD_WINDOW);
    /** Messages a screen that was away catches up on at once. */
    public static final int CATCH_UP_MAX = 500;
    /** Messages shown near a moment at most. */
    public static final int NEAR_MAX = 100;

    private DiscussionLimits() {}
}

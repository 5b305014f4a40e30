package org.filmclub.notification.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.ui.Times;

/** "2 min ago": how long ago something happened, as people say it; after a week, the date instead. */
final class RelativeTime {

    private RelativeTime() {
    }

    static String of(Instant then, Instant now, ZoneId zone) {
        var ago = Duration.between(then, now);
        if (ago.toMinutes() < 1) {
            // Also for a moment in the future, when two servers' clocks disagree a little.
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 7) {
            return ago.toDays() == 1 ? "1 day ago" : ago.toDays() + " days ago";
        }
        return Times.date(then, zone);
    }
}

package org.filmclub.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the app writes dates and times: always in the reader's own time zone. */
public final class Times {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.UK);

    private Times() {
    }

    /** "25 Nov 2026" */
    public static String date(Instant instant, ZoneId zone) {
        return DATE.withZone(zone).format(instant);
    }

    /** "25 Nov 2026, 21:40" */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.withZone(zone).format(instant);
    }

    /** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. */
    public static String relative(Instant then, Instant now, ZoneId zone) {
        var seconds = java.time.Duration.between(then, now).getSeconds();
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        var days = seconds / 86_400;
        if (days < 2) {
            return "yesterday";
        }
        return days < 7 ? days + " days ago" : date(then, zone);
    }

    /** "21:40" */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.withZone(zone).format(instant);
    }
}

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
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.UK);

    private Times() {}

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

    /**
     * An appointment as people say it: "today, 20:00 — in 3 hours", "tomorrow, 20:00 — in 26 hours",
     * "Fri 28 Nov, 19:30 — in 3 days", "25 Nov 2026, 20:00 — 2 days ago".
     */
    public static String when(Instant at, Instant now, ZoneId zone) {
        var day = at.atZone(zone).toLocalDate();
        var today = now.atZone(zone).toLocalDate();
        var time = time(at, zone);
        var days = java.time.temporal.ChronoUnit.DAYS.between(today, day);
        var date = days == 0
                ? "today"
                : days == 1
                        ? "tomorrow"
                        : days == -1
                                ? "yesterday"
                                : days > 1 && days < 7 ? DAY.withZone(zone).format(at) : date(at, zone);
        return date + ", " + time + " — " + distance(at, now);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private static String distance(Instant at, Instant now) {
        var minutes = java.time.Duration.between(now, at).toMinutes();
        var ahead = minutes >= 0;
        var m = Math.abs(minutes);
        var amount = m < 60
                ? m + (m == 1 ? " minute" : " minutes")
                : m < 48 * 60 ? (m / 60) + ((m / 60) == 1 ? " hour" : " hours") : (m / 1440) + " days";
        return ahead ? "in " + amount : amount + " ago";
    }

    /** "21:40" */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.withZone(zone).format(instant);
    }
}

package org.filmclub.poll.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A proposed time as members pick evenings: with its weekday, in the reader's own zone. */
public final class DateLabels {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private DateLabels() {}

    /** "Thu 10 Dec 2026, 20:00" */
    public static String of(Instant at, ZoneId zone) {
        return FORMAT.withZone(zone).format(at);
    }
}

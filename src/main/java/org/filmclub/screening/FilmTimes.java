package org.filmclub.screening;

import java.time.Duration;
import java.util.regex.Pattern;
import org.filmclub.base.InvalidInputException;

/** A time in a film as members read and type it: h:mm:ss, or m:ss under an hour. */
public final class FilmTimes {

    /** Where a form shows a refused time. */
    public static final String FIELD = "filmTime";

    /** Far beyond any film (a day), so that a clock with no known runtime still has a limit. */
    static final Duration LONGEST = Duration.ofHours(24);

    private static final Pattern TYPED = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,4}):(\\d{1,2})");

    private FilmTimes() {}

    public static String format(Duration time) {
        var seconds = Math.max(0, time.toSeconds());
        var h = seconds / 3600;
        var m = seconds / 60 % 60;
        var s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** "1:02:15" or "42:10"; a refusal quotes what was typed and shows how to write it. */
    public static Duration parse(String typed) {
        var text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(FIELD, "Type a time in the film, such as 1:02:15 or 42:10.");
        }
        var match = TYPED.matcher(text);
        if (!match.matches()) {
            throw refused(text, "is not a time in the film");
        }
        var hours = match.group(1) == null ? 0 : Integer.parseInt(match.group(1));
        var minutes = Integer.parseInt(match.group(2));
        var seconds = Integer.parseInt(match.group(3));
        if (seconds > 59 || match.group(3).length() != 2) {
            throw refused(text, "needs seconds from 00 to 59");
        }
        if (match.group(1) != null && (minutes > 59 || match.group(2).length() != 2)) {
            throw refused(text, "needs minutes from 00 to 59 after the hours");
        }
        var time = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        if (time.compareTo(LONGEST) > 0) {
            throw refused(text, "is longer than any film");
        }
        return time;
    }

    private static InvalidInputException refused(String text, String why) {
        return InvalidInputException.of(
                FIELD, "“" + text + "” " + why + ". Write it as h:mm:ss or mm:ss, such as 1:02:15 or 42:10.");
    }
}

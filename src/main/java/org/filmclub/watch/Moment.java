package org.filmclub.watch;

import java.util.regex.Pattern;
import org.filmclub.base.InvalidInputException;
import org.filmclub.film.FilmRef;

/**
 * A time in a film, counted in milliseconds from its start, such as the film time a message was written at.
 * The one place that says what a moment may be: never negative ({@link #ofMillis}), written as h:mm:ss or
 * mm:ss ({@link #parse}), and never past the film's end ({@link #within}).
 */
public record Moment(long millis) implements Comparable<Moment> {

    /**
     * How far either way of a moment "near it" reaches, when a member asks what else the club wrote about it:
     * messages and questions alike. The one rule of what is near; see {@link #isNear}.
     */
    public static final java.time.Duration NEAR = java.time.Duration.ofMinutes(2);

    /** Where a form shows a refused moment. */
    public static final String FIELD = "moment";

    /** h:mm:ss, or mm:ss with as many minutes as a film can have. */
    private static final Pattern TYPED = Pattern.compile("(?:(\\d{1,2}):(\\d{2})|(\\d{1,4})):(\\d{2})");

    public Moment {
        if (millis < 0) {
            throw InvalidInputException.of(FIELD, "A moment in the film cannot be before its start.");
        }
    }

    public static Moment ofMillis(long millis) {
        return new Moment(millis);
    }

    public static Moment ofSeconds(long seconds) {
        return new Moment(Math.multiplyExact(seconds, 1000L));
    }

    /**
     * A moment as a member types it, "1:02:15" or "42:00"; a refusal quotes what they typed and says how to
     * write it, so the form can keep their text beside the message.
     */
    public static Moment parse(String typed) {
        var text = typed == null ? "" : typed.strip();
        var match = TYPED.matcher(text);
        if (!match.matches()) {
            throw InvalidInputException.of(
                    FIELD, "“" + text + "” is not a time in the film. Write it as h:mm:ss or mm:ss, such as 1:02:15.");
        }
        var seconds = Integer.parseInt(match.group(4));
        long minutes;
        if (match.group(3) != null) {
            minutes = Integer.parseInt(match.group(3));
        } else {
            minutes = Integer.parseInt(match.group(2));
            if (minutes > 59) {
                throw InvalidInputException.of(
                        FIELD,
                        "“" + text + "” has " + minutes
                                + " minutes; after the hours, minutes go up to 59. Write it as h:mm:ss, such as 1:02:15.");
            }
            minutes += 60L * Integer.parseInt(match.group(1));
        }
        if (seconds > 59) {
            throw InvalidInputException.of(FIELD, "“" + text + "” has " + seconds + " seconds; seconds go up to 59.");
        }
        return ofSeconds(minutes * 60 + seconds);
    }

    /**
     * The moment, if the film lasts that long; a refusal otherwise. Null stays null: a message need not be
     * anchored. Every service that stores a moment passes it through here.
     */
    public static Moment within(FilmRef film, Moment moment) {
        if (moment != null && moment.millis > film.runtimeMinutes() * 60_000L) {
            throw InvalidInputException.of(
                    FIELD,
                    moment.text() + " is past the end of " + film.title() + ", which runs "
                            + ofSeconds(film.runtimeMinutes() * 60L).text() + ".");
        }
        return moment;
    }

    /**
     * A moment as a club file carries it, in milliseconds, refused as a typed one would be: before the film's start
     * or past its end. Null stays null.
     */
    public static Moment fromFile(FilmRef film, Long millis) {
        return millis == null ? null : within(film, ofMillis(millis));
    }

    /** "1:02:15": hours, minutes and seconds, as the film page shows a moment. */
    public String text() {
        var seconds = millis / 1000;
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Whether the other moment is near this one: within {@link #NEAR}, either way. */
    public boolean isNear(Moment other) {
        return near(other, NEAR);
    }

    /** The earliest moment near this one, never before the film's start. */
    public Moment nearFrom() {
        return ofMillis(Math.max(0, millis - NEAR.toMillis()));
    }

    /** The latest moment near this one. */
    public Moment nearTo() {
        return ofMillis(millis + NEAR.toMillis());
    }

    /** Whether this moment is no more than {@code span} away from the other, either way. */
    public boolean near(Moment other, java.time.Duration span) {
        return Math.abs(millis - other.millis) <= span.toMillis();
    }

    @Override
    public int compareTo(Moment other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public String toString() {
        return text();
    }
}

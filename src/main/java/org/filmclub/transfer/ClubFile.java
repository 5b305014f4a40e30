package org.filmclub.transfer;

import java.time.Instant;
import java.util.List;
import org.filmclub.club.ClubTransfer.ClubData;
import org.filmclub.discussion.DiscussionTransfer.MessageData;
import org.filmclub.film.FilmTransfer.FilmData;
import org.filmclub.question.QuestionTransfer.QuestionData;
import org.filmclub.screening.ScreeningTransfer.ScreeningData;

/**
 * The club file, as JSON. Everything in it refers to people, films, messages and questions by numbers
 * that mean something only within the file, so nothing depends on the ids of the installation it came from.
 */
public record ClubFile(
        String format,
        int version,
        Instant exportedAt,
        List<Person> people,
        ClubData club,
        List<FilmData> films,
        List<MessageData> messages,
        List<QuestionData> questions,
        List<ScreeningData> screenings) {

    public static final String FORMAT = "filmclub-club";
    public static final int VERSION = 1;

    /** Someone the club's content names. Accounts stay where they are; passwords never leave. */
    public record Person(long ref, String username, String displayName) {}
}

package org.filmclub.discussion;

import java.time.Instant;
import org.filmclub.film.FilmRef;
import org.filmclub.watch.Moment;

/**
 * One message of a film's discussion as every screen shows it. {@code html} is rendered and
 * sanitised once, when the message is written, and shared by every screen that shows it.
 *
 * @param replyTo the message this one answers; replies are one level deep, so that one is never a reply
 * @param moment the film time it is about, if its author anchored it to one
 */
public record ChatMessage(
        long id,
        long filmId,
        long authorId,
        String authorName,
        String authorUsername,
        Long replyTo,
        String html,
        Instant createdAt,
        Instant editedAt,
        Status status,
        Moment moment) {

    public enum Status {
        VISIBLE,
        DELETED,
        HIDDEN
    }

    public boolean isReply() {
        return replyTo != null;
    }

    public boolean wasEdited() {
        return editedAt != null;
    }

    public static String topic(long filmId) {
        return FilmRef.liveTopic(filmId);
    }
}

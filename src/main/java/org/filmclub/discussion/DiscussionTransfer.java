package org.filmclub.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.filmclub.watch.Moment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's discussions as a club file carries them to another installation: every message, deleted and
 * hidden ones too, so that replies keep their place. The file holds what members wrote, never markup; the
 * markup is made again here, by this installation's renderer, so a file can never bring in a script.
 */
@Component
public class DiscussionTransfer {

    /**
     * @param ref     the message's number in the file
     * @param film    the film's number in the file
     * @param replyTo the number of the message it answers, which comes earlier in the file
     * @param momentMs the film time it is about, in milliseconds from the film's start; null when none
     */
    public record MessageData(
            long ref,
            long film,
            long author,
            Long replyTo,
            String body,
            ChatMessage.Status status,
            Long hiddenBy,
            Instant createdAt,
            Instant editedAt,
            Long momentMs) {}

    private final JdbcClient jdbc;
    private final ClubAccess access;
    private final DiscussionService discussions;
    private final InputValidator validator;
    private final FilmService filmService;

    DiscussionTransfer(
            JdbcClient jdbc,
            ClubAccess access,
            DiscussionService discussions,
            InputValidator validator,
            FilmService films) {
        this.filmService = films;
        this.jdbc = jdbc;
        this.access = access;
        this.discussions = discussions;
        this.validator = validator;
    }

    /** Every message of the club's films, in the order they were written. */
    @Transactional(readOnly = true)
    public List<MessageData> export(long clubId, LongUnaryOperator personRef) {
        access.requireHost(clubId, "download the club's data");
        return jdbc.sql(
                        """
                        select m.id, m.film_id, m.author_id, m.reply_to, m.body, m.status, m.hidden_by, m.created_at,
                          m.edited_at, m.moment_ms
                        from messages m join films f on f.id = m.film_id where f.club_id = :club order by m.id""")
                .param("club", clubId)
                .query((rs, n) -> new MessageData(
                        rs.getLong(1),
                        rs.getLong(2),
                        personRef.applyAsLong(rs.getLong(3)),
                        (Long) rs.getObject(4, Long.class),
                        rs.getString(5),
                        ChatMessage.Status.valueOf(rs.getString(6)),
                        person(rs, 7, personRef),
                        instant(rs, 8),
                        instant(rs, 9),
                        (Long) rs.getObject(10, Long.class)))
                .list();
    }

    /**
     * Each message passes the checks of posting one, and its status fits it: a deleted message keeps no
     * text, a hidden one says who hid it, a reply answers an earlier message of the same film, and its film time
     * is one a member could type for that film.
     *
     * @param films       each film's new id by its number in the file
     * @param mentionable whether a lower-cased name is someone the file names, for mentions
     */
    @Transactional
    public void importInto(
            long clubId,
            List<MessageData> messages,
            Map<Long, Long> films,
            LongUnaryOperator memberId,
            Predicate<String> mentionable) {
        var host = access.requireHost(clubId, "bring in a club's data");
        var refs = new HashMap<Long, FilmRef>();
        var ids = new HashMap<Long, Long>();
        var filmOf = new HashMap<Long, Long>();
        var replies = new HashSet<Long>();
        for (var message : messages) {
            var filmId = films.get(message.film());
            Long replyTo = message.replyTo() == null ? null : ids.get(message.replyTo());
            // Threads are one level deep: a reply answers a thread's first message, of the same film.
            if (filmId == null
                    || message.replyTo() != null
                            && (replyTo == null
                                    || replies.contains(message.replyTo())
                                    || !filmId.equals(filmOf.get(message.replyTo())))
                    || ids.containsKey(message.ref())) {
                throw InvalidInputException.of(
                        "file",
                        "Message " + message.ref() + " refers to a film or thread "
                                + "that is not in the file before it, or is in it twice.");
            }
            String body;
            String html;
            Moment moment;
            try {
                moment = Moment.fromFile(
                        refs.computeIfAbsent(filmId, id -> filmService.filmIn(host, id)), message.momentMs());
                body = message.status() == ChatMessage.Status.DELETED
                        ? ""
                        : validator
                                .check(new DiscussionService.MessageText(message.body()))
                                .body();
                // A deleted message keeps no text, so it has nothing to show either.
                html = body.isEmpty() ? "" : discussions.rendered(body, mentionable);
            } catch (InvalidInputException refused) {
                throw refused.about("Message " + message.ref());
            }
            if ((message.status() == ChatMessage.Status.HIDDEN) != (message.hiddenBy() != null)) {
                throw InvalidInputException.of(
                        "file",
                        "Message " + message.ref() + " is " + message.status()
                                + (message.hiddenBy() == null
                                        ? " but says no one hid it."
                                        : " but says someone hid it."));
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                            insert into messages (film_id, author_id, reply_to, body, html, client_key, status,
                              hidden_by, created_at, edited_at, moment_ms)
                            values (:film, :author, :reply, :body, :html, :key, :status, :hiddenBy, :at, :edited,
                              :moment)""")
                    .param("film", filmId)
                    .param("author", memberId.applyAsLong(message.author()))
                    .param("reply", replyTo, Types.BIGINT)
                    .param("body", body)
                    .param("html", html)
                    // A new key: the old one only ever guarded against one screen sending twice.
                    .param("key", "moved-" + UUID.randomUUID().toString().replace("-", ""))
                    .param("status", message.status().name())
                    .param(
                            "hiddenBy",
                            message.hiddenBy() == null ? null : memberId.applyAsLong(message.hiddenBy()),
                            Types.BIGINT)
                    .param("at", timestamp(message.createdAt()))
                    .param("edited", timestamp(message.editedAt()), Types.TIMESTAMP)
                    .param("moment", moment == null ? null : moment.millis(), Types.BIGINT)
                    .update(keys, "id");
            ids.put(message.ref(), keys.getKey().longValue());
            filmOf.put(message.ref(), filmId);
            if (replyTo != null) {
                replies.add(message.ref());
            }
        }
    }

    private static Long person(ResultSet rs, int column, LongUnaryOperator personRef) throws SQLException {
        var id = (Long) rs.getObject(column, Long.class);
        return id == null ? null : personRef.applyAsLong(id);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

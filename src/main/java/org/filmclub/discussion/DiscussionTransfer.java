package org.filmclub.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.MarkdownRenderer;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
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
     */
    public record MessageData(long ref, long film, long author, Long replyTo, String body, ChatMessage.Status status,
            Long hiddenBy, Instant createdAt, Instant editedAt) {
    }

    private final JdbcClient jdbc;
    private final ClubAccess access;
    private final MemberService members;
    private final MarkdownRenderer renderer;

    DiscussionTransfer(JdbcClient jdbc, ClubAccess access, MemberService members, MarkdownRenderer renderer) {
        this.jdbc = jdbc;
        this.access = access;
        this.members = members;
        this.renderer = renderer;
    }

    /** Every message of the club's films, in the order they were written. */
    @Transactional(readOnly = true)
    public List<MessageData> export(long clubId, LongUnaryOperator personRef) {
        access.requireHost(clubId, "download the club's data");
        return jdbc.sql("""
                        select m.id, m.film_id, m.author_id, m.reply_to, m.body, m.status, m.hidden_by, m.created_at,
                          m.edited_at
                        from messages m join films f on f.id = m.film_id where f.club_id = :club order by m.id""")
                .param("club", clubId)
                .query((rs, n) -> new MessageData(rs.getLong(1), rs.getLong(2), personRef.applyAsLong(rs.getLong(3)),
                        (Long) rs.getObject(4, Long.class), rs.getString(5),
                        ChatMessage.Status.valueOf(rs.getString(6)), person(rs, 7, personRef), instant(rs, 8),
                        instant(rs, 9)))
                .list();
    }

    /** @param films each film's new id by its number in the file */
    @Transactional
    public void importInto(long clubId, List<MessageData> messages, Map<Long, Long> films,
            LongUnaryOperator memberId) {
        access.requireHost(clubId, "bring in a club's data");
        var usernames = members.profiles(access.memberIds(clubId)).values().stream()
                .map(MemberProfile::username).collect(Collectors.toSet());
        var ids = new HashMap<Long, Long>();
        for (var message : messages) {
            var filmId = films.get(message.film());
            Long replyTo = message.replyTo() == null ? null : ids.get(message.replyTo());
            if (filmId == null || message.replyTo() != null && replyTo == null) {
                throw InvalidInputException.of("file",
                        "Message " + message.ref() + " refers to a film or message that is not in the file before it.");
            }
            var body = message.body() == null ? "" : message.body();
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into messages (film_id, author_id, reply_to, body, html, client_key, status,
                              hidden_by, created_at, edited_at)
                            values (:film, :author, :reply, :body, :html, :key, :status, :hiddenBy, :at, :edited)""")
                    .param("film", filmId).param("author", memberId.applyAsLong(message.author()))
                    .param("reply", replyTo, Types.BIGINT).param("body", body)
                    // A deleted message keeps no text, so it has nothing to show either.
                    .param("html", body.isEmpty() ? "" : renderer.message(body, usernames::contains))
                    // A new key: the old one only ever guarded against one screen sending twice.
                    .param("key", "moved-" + UUID.randomUUID().toString().replace("-", ""))
                    .param("status", message.status().name())
                    .param("hiddenBy", message.hiddenBy() == null ? null : memberId.applyAsLong(message.hiddenBy()),
                            Types.BIGINT)
                    .param("at", timestamp(message.createdAt()))
                    .param("edited", timestamp(message.editedAt()), Types.TIMESTAMP)
                    .update(keys, "id");
            ids.put(message.ref(), keys.getKey().longValue());
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

package org.filmclub.question;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's most-voted open questions of a stretch of time, for the weekly digest. It checks no
 * membership: the caller decides who reads it (members of that club only). Hidden and merged questions
 * never appear, nor do answered ones, nor those about a film time (a mail cannot know how far its reader
 * has watched); the asker is never named, so an anonymous question stays so.
 */
@Service
public class QuestionNews {

    public record TopQuestion(long id, long filmId, String filmTitle, String text, long votes) {}

    private final JdbcClient jdbc;

    QuestionNews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open questions asked in {@code [from, to)}, most votes first. */
    @Transactional(readOnly = true)
    public List<TopQuestion> mostVotedOpen(long clubId, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        """
                        select q.id, q.film_id, f.title, q.text, count(v.member_id) as votes
                        from questions q join films f on f.id = q.film_id
                        left join question_votes v on v.question_id = q.id
                        where f.club_id = :club and q.status in ('OPEN', 'DISCUSSING') and q.moment_ms is null
                            and q.created_at >= :from and q.created_at < :to
                        group by q.id, q.film_id, f.title, q.text
                        order by votes desc, q.id limit :limit""")
                .param("club", clubId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) ->
                        new TopQuestion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }
}

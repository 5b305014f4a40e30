package org.filmclub.question;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Votes as rows: one per member per question, which the table's primary key guarantees. */
@Component
class Votes {

    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether a vote was added; false when the member had already voted */
    boolean add(long questionId, long memberId, Instant at) {
        return jdbc.sql(
                                """
                        insert into question_votes (question_id, member_id, voted_at)
                        select :question, :member, :at where not exists
                          (select 1 from question_votes where question_id = :question and member_id = :member)""")
                        .param("question", questionId)
                        .param("member", memberId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** @return whether a vote was taken back; false when there was none */
    boolean remove(long questionId, long memberId) {
        return jdbc.sql("delete from question_votes where question_id = :question and member_id = :member")
                        .param("question", questionId)
                        .param("member", memberId)
                        .update()
                == 1;
    }

    /** Gives the target every vote of the source it does not have yet, so no member counts twice. */
    void merge(long fromQuestion, long intoQuestion) {
        jdbc.sql(
                        """
                        insert into question_votes (question_id, member_id, voted_at)
                        select :into, v.member_id, v.voted_at from question_votes v
                        where v.question_id = :from and not exists
                          (select 1 from question_votes w where w.question_id = :into and w.member_id = v.member_id)""")
                .param("from", fromQuestion)
                .param("into", intoQuestion)
                .update();
    }

    /** When the current transaction began, by the database's clock. */
    Instant transactionStart() {
        return jdbc.sql("select current_timestamp")
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /** Who voted for each question of a film. */
    Map<Long, Set<Long>> votersByQuestion(long filmId) {
        var result = new HashMap<Long, Set<Long>>();
        jdbc.sql(
                        """
                        select v.question_id, v.member_id from question_votes v
                        join questions q on q.id = v.question_id where q.film_id = :film""")
                .param("film", filmId)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), q -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }
}

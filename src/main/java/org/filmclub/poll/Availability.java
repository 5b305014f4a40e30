package org.filmclub.poll;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers as rows, at most one per member per time (a unique constraint). Every change is made while the
 * caller holds the poll's lock, so two tabs answering at once take turns and the second replaces the first.
 */
@Component
class Availability {

    record Row(long choiceId, long memberId, DateAnswer answer, Instant answeredAt) {}

    private final JdbcClient jdbc;

    Availability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the answer; one given again unchanged keeps the time it was first given, its place in line for seats. */
    void set(long choiceId, long memberId, DateAnswer answer, Instant at) {
        var changed = jdbc.sql(
                        """
                update availability set answer = :a,
                  answered_at = case when answer = :a then answered_at else :at end
                where choice_id = :c and member_id = :m""")
                .param("c", choiceId)
                .param("m", memberId)
                .param("a", answer.name())
                .param("at", Timestamp.from(at))
                .update();
        if (changed == 0) {
            jdbc.sql("insert into availability (choice_id, member_id, answer, answered_at) values (:c, :m, :a, :at)")
                    .param("c", choiceId)
                    .param("m", memberId)
                    .param("a", answer.name())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** Every answer to the poll's times, in the order given. */
    List<Row> of(long pollId) {
        return jdbc.sql(
                        """
                select a.choice_id, a.member_id, a.answer, a.answered_at
                from availability a join date_choices c on c.id = a.choice_id
                where c.poll_id = :p order by a.answered_at, a.member_id""")
                .param("p", pollId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        DateAnswer.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}

package org.filmclub.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers as rows, one per member per screening (the primary key). Every change is made while the
 * caller holds the screening's lock, so seat counts read here are exact.
 */
@Component
class Rsvps {

    record Row(long memberId, Answer answer, Instant answeredAt) {}

    /** Screening ids per query at most: well within what every database takes in one {@code in} list. */
    static final int IN_MAX = 1000;

    private final JdbcClient jdbc;

    Rsvps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Answer> answerOf(long screeningId, long memberId) {
        return jdbc.sql("select answer from rsvps where screening_id = :s and member_id = :m")
                .param("s", screeningId)
                .param("m", memberId)
                .query(String.class)
                .optional()
                .map(Answer::valueOf);
    }

    void set(long screeningId, long memberId, Answer answer, Instant at) {
        remove(screeningId, memberId);
        jdbc.sql("insert into rsvps (screening_id, member_id, answer, answered_at) values (:s, :m, :a, :at)")
                .param("s", screeningId)
                .param("m", memberId)
                .param("a", answer.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Changes the answer but keeps the time it was first given, which is the member's place in line. */
    void move(long screeningId, long memberId, Answer answer) {
        jdbc.sql("update rsvps set answer = :a where screening_id = :s and member_id = :m")
                .param("s", screeningId)
                .param("m", memberId)
                .param("a", answer.name())
                .update();
    }

    boolean remove(long screeningId, long memberId) {
        return jdbc.sql("delete from rsvps where screening_id = :s and member_id = :m")
                        .param("s", screeningId)
                        .param("m", memberId)
                        .update()
                == 1;
    }

    int count(long screeningId, Answer answer) {
        return jdbc.sql("select count(*) from rsvps where screening_id = :s and answer = :a")
                .param("s", screeningId)
                .param("a", answer.name())
                .query(Integer.class)
                .single();
    }

    /** The screenings of a club, not over yet, that the member answered: the ones whose seats still count. */
    List<Long> upcomingAnsweredBy(long memberId, long clubId, Instant now) {
        return jdbc.sql(
                        """
                select r.screening_id from rsvps r join screenings s on s.id = r.screening_id
                where r.member_id = :m and s.club_id = :c and s.status in ('SCHEDULED', 'LIVE') and s.ends_at > :now
                order by r.screening_id""")
                .param("m", memberId)
                .param("c", clubId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /** Every answer to each of these screenings, by screening, each in the order given; one query per thousand. */
    Map<Long, List<Row>> all(Collection<Long> screeningIds) {
        var answers = new HashMap<Long, List<Row>>();
        var ids = List.copyOf(screeningIds);
        for (var from = 0; from < ids.size(); from += IN_MAX) {
            jdbc.sql(
                            """
                    select screening_id, member_id, answer, answered_at from rsvps where screening_id in (:s)
                    order by screening_id, answered_at, member_id""")
                    .param("s", ids.subList(from, Math.min(ids.size(), from + IN_MAX)))
                    .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), s -> new java.util.ArrayList<>())
                            .add(new Row(
                                    rs.getLong(2),
                                    Answer.valueOf(rs.getString(3)),
                                    rs.getTimestamp(4).toInstant())))
                    .list();
        }
        return answers;
    }

    /** The member's own answers to the club's screenings, by screening. */
    Map<Long, Answer> answersOf(long memberId, long clubId) {
        var answers = new HashMap<Long, Answer>();
        jdbc.sql(
                        """
                select r.screening_id, r.answer from rsvps r join screenings s on s.id = r.screening_id
                where r.member_id = :m and s.club_id = :c""")
                .param("m", memberId)
                .param("c", clubId)
                .query((rs, n) -> answers.put(rs.getLong(1), Answer.valueOf(rs.getString(2))))
                .list();
        return answers;
    }

    /** Every answer, in the order given: for the waitlist, first come first served. */
    List<Row> all(long screeningId) {
        return jdbc.sql(
                        "select member_id, answer, answered_at from rsvps where screening_id = :s order by answered_at, member_id")
                .param("s", screeningId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        Answer.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }
}

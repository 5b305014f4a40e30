package org.filmclub.poll;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The times a poll offers, earliest first. */
@Component
class DateChoices {

    record Row(long id, Instant startsAt) {}

    private final JdbcClient jdbc;

    DateChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long pollId, Instant startsAt) {
        jdbc.sql("insert into date_choices (poll_id, starts_at) values (:p, :at)")
                .param("p", pollId)
                .param("at", Timestamp.from(startsAt))
                .update();
    }

    List<Row> of(long pollId) {
        return jdbc.sql("select id, starts_at from date_choices where poll_id = :p order by starts_at, id")
                .param("p", pollId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
    }
}

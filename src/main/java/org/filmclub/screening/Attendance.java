package org.filmclub.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who came into the live room while the screening ran: the record of who attended. */
@Component
class Attendance {

    private final JdbcClient jdbc;

    Attendance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void arrive(long screeningId, long memberId, Instant at) {
        jdbc.sql(
                        """
                        insert into screening_attendance (screening_id, member_id, arrived_at)
                        select :s, :m, :at where not exists
                          (select 1 from screening_attendance where screening_id = :s and member_id = :m)""")
                .param("s", screeningId)
                .param("m", memberId)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Long> of(long screeningId) {
        return jdbc.sql("select member_id from screening_attendance where screening_id = :s order by arrived_at")
                .param("s", screeningId)
                .query(Long.class)
                .list();
    }
}

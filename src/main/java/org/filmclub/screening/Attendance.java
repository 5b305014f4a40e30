package org.filmclub.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Who came into each of these rooms, by screening, in order of arrival; one query per thousand. */
    Map<Long, List<Long>> of(Collection<Long> screeningIds) {
        var came = new HashMap<Long, List<Long>>();
        var ids = List.copyOf(screeningIds);
        for (var from = 0; from < ids.size(); from += Rsvps.IN_MAX) {
            jdbc.sql(
                            """
                    select screening_id, member_id from screening_attendance where screening_id in (:s)
                    order by screening_id, arrived_at""")
                    .param("s", ids.subList(from, Math.min(ids.size(), from + Rsvps.IN_MAX)))
                    .query((rs, n) -> came.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        return came;
    }
}

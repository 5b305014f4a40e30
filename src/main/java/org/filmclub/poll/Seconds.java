package org.filmclub.poll;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seconds as rows: one per member per nomination, which the table's primary key guarantees. */
@Component
class Seconds {

    private final JdbcClient jdbc;

    Seconds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether a second was added; false when the member had already seconded it */
    boolean add(long nominationId, long memberId, Instant at) {
        return jdbc.sql(
                                """
                        insert into nomination_seconds (nomination_id, member_id, seconded_at)
                        select :nomination, :member, :at where not exists
                          (select 1 from nomination_seconds where nomination_id = :nomination and member_id = :member)""")
                        .param("nomination", nominationId)
                        .param("member", memberId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Who seconded each of these nominations. */
    Map<Long, Set<Long>> of(Collection<Long> nominationIds) {
        var result = new HashMap<Long, Set<Long>>();
        if (nominationIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select nomination_id, member_id from nomination_seconds where nomination_id in (:ids)")
                .param("ids", nominationIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }
}

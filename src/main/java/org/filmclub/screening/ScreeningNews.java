package org.filmclub.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's screenings coming up, for the weekly digest. It checks no membership: the caller decides who
 * reads it (members of that club only).
 */
@Service
public class ScreeningNews {

    public record Upcoming(long id, long filmId, String filmTitle, Instant startsAt) {}

    private final JdbcClient jdbc;

    ScreeningNews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Screenings not cancelled nor over that start in {@code [from, to)}, soonest first. */
    @Transactional(readOnly = true)
    public List<Upcoming> startingBetween(long clubId, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        """
                        select s.id, s.film_id, f.title, s.starts_at from screenings s join films f on f.id = s.film_id
                        where s.club_id = :club and s.status in ('SCHEDULED', 'LIVE')
                            and s.starts_at >= :from and s.starts_at < :to
                        order by s.starts_at, s.id limit :limit""")
                .param("club", clubId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) -> new Upcoming(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}

package org.filmclub.discussion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.filmclub.base.live.PostgresLiveRelay;
import org.filmclub.discussion.PresenceChanged.Present;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Presence pooled in PostgreSQL. Each node writes its own rows and touches them every
 * {@code filmclub.presence.heartbeat-ms} (default 10 s); rows untouched for
 * {@code filmclub.presence.stale-after} (default 30 s) belong to a node that died: any node sweeps
 * them and tells the film's screens, so a dead node's members stop counting within about 40 s.
 * Members are listed in the order they arrived, whichever node they are on.
 */
@Component
@Profile("postgres")
class PostgresPresenceShare implements PresenceShare {

    private final JdbcClient jdbc;
    private final String node;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration staleAfter;

    PostgresPresenceShare(
            JdbcClient jdbc,
            PostgresLiveRelay relay,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${filmclub.presence.stale-after:PT30S}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.node = relay.node();
        this.events = events;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public void update(long filmId, long memberId, String displayName, int screens) {
        if (screens == 0) {
            jdbc.sql("delete from presence where node = :node and film_id = :film and member_id = :member")
                    .param("node", node)
                    .param("film", filmId)
                    .param("member", memberId)
                    .update();
            return;
        }
        jdbc.sql(
                        """
                        insert into presence (node, film_id, member_id, display_name, seen_at, arrived_at)
                        values (:node, :film, :member, :name, :now, :now)
                        on conflict (node, film_id, member_id) do update set seen_at = excluded.seen_at""")
                .param("node", node)
                .param("film", filmId)
                .param("member", memberId)
                .param("name", displayName)
                .param("now", now())
                .update();
    }

    @Override
    public List<Present> here(long filmId) {
        return jdbc.sql(
                        """
                        select member_id, min(display_name) as name, min(arrived_at) as first from presence
                        where film_id = :film and seen_at > :fresh group by member_id order by first, member_id""")
                .param("film", filmId)
                .param("fresh", Timestamp.from(clock.instant().minus(staleAfter)))
                .query((rs, n) -> new Present(rs.getLong(1), rs.getString(2)))
                .list();
    }

    @Scheduled(fixedDelayString = "${filmclub.presence.heartbeat-ms:10000}")
    void heartbeat() {
        jdbc.sql("update presence set seen_at = :now where node = :node")
                .param("now", now())
                .param("node", node)
                .update();
        var stale = Timestamp.from(clock.instant().minus(staleAfter));
        var films = jdbc.sql("select distinct film_id from presence where seen_at <= :stale")
                .param("stale", stale)
                .query(Long.class)
                .list();
        if (!films.isEmpty()) {
            jdbc.sql("delete from presence where seen_at <= :stale")
                    .param("stale", stale)
                    .update();
            films.forEach(film -> events.publishEvent(new PresenceChanged(film, here(film))));
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

package org.filmclub.base.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends this node's live events to the other nodes through PostgreSQL. The event is stored and
 * announced with {@code NOTIFY} inside the transaction that caused it, so PostgreSQL delivers the
 * notice only if that transaction commits: a rolled-back write is never shown anywhere. The notice
 * carries only the stored event's id (far below NOTIFY's 8,000-byte limit, whatever the event).
 */
@Component
@Profile("postgres")
public class PostgresLiveRelay {

    static final String CHANNEL = "filmclub_live";

    private final String node = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    PostgresLiveRelay(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** This node's name in the notices, so it skips its own events: it delivers those itself after commit. */
    public String node() {
        return node;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(LiveEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A live event could not be written as JSON: " + event.getClass(), e);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into live_events (node, type, payload, created_at) values (:node, :type, :payload, :at)")
                .param("node", node)
                .param("type", event.getClass().getName())
                .param("payload", payload)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        jdbc.sql("select pg_notify(:channel, :message)")
                .param("channel", CHANNEL)
                .param("message", node + ":" + keys.getKeyAs(Long.class))
                .query()
                .singleRow();
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    void forgetOldEvents() {
        jdbc.sql("delete from live_events where created_at < :before")
                .param("before", Timestamp.from(clock.instant().minusSeconds(3600)))
                .update();
    }
}

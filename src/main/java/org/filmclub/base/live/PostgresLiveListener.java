package org.filmclub.base.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receives the other nodes' live events through a dedicated PostgreSQL connection that does
 * nothing but {@code LISTEN}, and hands each to this node's subscribers. When the connection drops
 * it reconnects by itself, then replays the events stored since shortly before the drop, so the
 * screens on this node miss nothing; events already delivered are recognised and skipped.
 */
@Component
@Profile("postgres")
public class PostgresLiveListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveListener.class);
    /** How far back a reconnect replays, beyond the last event seen, for transactions that committed late. */
    static final int REPLAY_OVERLAP = 200;

    static final Duration RETRY_FIRST = Duration.ofMillis(200);
    static final Duration RETRY_MAX = Duration.ofSeconds(5);

    private final DataSourceProperties database;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final LiveBus bus;
    private final PostgresLiveRelay relay;
    /** Ids recently delivered, so a replay never shows an event twice. */
    private final Set<Long> delivered = Collections.newSetFromMap(new LinkedHashMap<Long, Boolean>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 20_000;
        }
    });

    private volatile boolean running;
    private volatile Connection connection;
    private volatile long reconnects;
    private Thread thread;
    private long lastSeen;

    PostgresLiveListener(
            DataSourceProperties database, JdbcClient jdbc, ObjectMapper json, LiveBus bus, PostgresLiveRelay relay) {
        this.database = database;
        this.jdbc = jdbc;
        this.json = json;
        this.bus = bus;
        this.relay = relay;
    }

    @Override
    public void start() {
        running = true;
        lastSeen = jdbc.sql("select coalesce(max(id), 0) from live_events")
                .query(Long.class)
                .single();
        thread = new Thread(this::listen, "live-events-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many times the listening connection was made again after a drop. */
    public long reconnects() {
        return reconnects;
    }

    private void listen() {
        var wait = RETRY_FIRST;
        var first = true;
        while (running) {
            try (var listening = DriverManager.getConnection(
                    database.determineUrl(), database.determineUsername(), database.determinePassword())) {
                connection = listening;
                try (var statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PostgresLiveRelay.CHANNEL);
                }
                if (!first) {
                    reconnects++;
                    replayFrom(lastSeen - REPLAY_OVERLAP);
                    log.info("Live events: listening again after a dropped connection");
                }
                first = false;
                wait = RETRY_FIRST;
                var pg = listening.unwrap(PGConnection.class);
                while (running) {
                    var notices = pg.getNotifications(1000);
                    if (notices != null) {
                        for (var notice : notices) {
                            received(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "Live events: listening connection lost ({}); trying again in {} ms",
                        e.getMessage(),
                        wait.toMillis());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : wait.multipliedBy(2);
            }
        }
    }

    private void received(String notice) {
        var separator = notice.lastIndexOf(':');
        var node = notice.substring(0, separator);
        var id = Long.parseLong(notice.substring(separator + 1));
        lastSeen = Math.max(lastSeen, id);
        if (!node.equals(relay.node())) {
            load(id);
        }
    }

    private void replayFrom(long afterId) {
        jdbc.sql("select id from live_events where id > :after and node <> :me order by id")
                .param("after", afterId)
                .param("me", relay.node())
                .query(Long.class)
                .list()
                .forEach(this::load);
    }

    /** Reads the event once for this node and hands it to every subscriber here. */
    private void load(long id) {
        synchronized (delivered) {
            if (!delivered.add(id)) {
                return;
            }
        }
        jdbc.sql("select type, payload from live_events where id = :id")
                .param("id", id)
                .query((rs, n) -> decode(rs.getString(1), rs.getString(2)))
                .optional()
                .ifPresent(bus::deliver);
        lastSeen = Math.max(lastSeen, id);
    }

    private LiveEvent decode(String type, String payload) {
        try {
            var kind = Class.forName(type);
            if (!LiveEvent.class.isAssignableFrom(kind)) {
                throw new IllegalStateException("Not a live event: " + type);
            }
            return (LiveEvent) json.readValue(payload, kind);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("A live event could not be read: " + type, e);
        }
    }

    /** For tests and operators: drop the listening connection as a network failure would. */
    public void dropConnection() {
        closeQuietly();
    }

    private void closeQuietly() {
        var current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // Closing is all we wanted.
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

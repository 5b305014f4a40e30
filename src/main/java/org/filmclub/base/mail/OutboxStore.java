package org.filmclub.base.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_outbox} table. A sender claims due rows with one conditional update under a token of
 * its own, then reads back what that token holds: two senders, on one node or two, never hold one row.
 */
@Component
class OutboxStore {

    enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED
    }

    /** A row's state, as tests and the logs need it. */
    record State(Status status, int attempts, Instant nextAttemptAt, @Nullable String lastError) {}

    private static final String DUE =
            "(status = 'PENDING' and next_attempt_at <= :now)" + " or (status = 'SENDING' and claimed_until < :now)";

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final DataSource dataSource;

    OutboxStore(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Writes the mail in the caller's transaction; false when its key is stored already. A key inserted
     * by a transaction running at the same moment is caught at a savepoint, so the caller's own
     * transaction goes on.
     */
    boolean insert(Mail mail, Instant now) {
        if (mail.key() == null) {
            insertRow(mail, now);
            return true;
        }
        if (hasKey(mail.key())) {
            return false;
        }
        // A savepoint: on PostgreSQL a refused insert would otherwise end the caller's transaction.
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var savepoint = connection.setSavepoint();
            try {
                insertRow(mail, now);
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (DuplicateKeyException e) {
                connection.rollback(savepoint);
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The outbox could not hold a savepoint", e);
        }
    }

    private boolean hasKey(String key) {
        return jdbc.sql("select count(*) from mail_outbox where idempotency_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insertRow(Mail mail, Instant now) {
        var calendar = mail.calendar();
        jdbc.sql(
                        """
                        insert into mail_outbox (kind, idempotency_key, to_address, to_name, subject, body_text,
                            body_html, headers, calendar_method, calendar_ics, status, attempts, created_at,
                            next_attempt_at)
                        values (:kind, :key, :to, :name, :subject, :text, :html, :headers, :method, :ics,
                            'PENDING', 0, :now, :now)
                        """)
                .param("kind", mail.kind())
                .param("key", mail.key())
                .param("to", mail.to())
                .param("name", mail.toName())
                .param("subject", mail.content().subject())
                .param("text", mail.content().text())
                .param("html", mail.content().html())
                .param("headers", mail.headers().isEmpty() ? null : writeHeaders(mail.headers()))
                .param("method", calendar == null ? null : calendar.method().name())
                .param("ics", calendar == null ? null : calendar.ics())
                .param("now", at(now))
                .update();
    }

    /** Claims up to {@code limit} due rows until {@code now + lease}, and returns them; in a transaction of its own. */
    List<OutboxRow> claim(Instant now, int limit, Duration lease) {
        var token = UUID.randomUUID().toString();
        return own.execute(status -> {
            var ids = jdbc.sql("select id from mail_outbox where " + DUE + " order by next_attempt_at, id fetch first "
                            + limit + " rows only")
                    .param("now", at(now))
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.sql("update mail_outbox set status = 'SENDING', claimed_by = :token, claimed_until = :until"
                            + " where id in (:ids) and (" + DUE + ")")
                    .param("token", token)
                    .param("until", at(now.plus(lease)))
                    .param("ids", ids)
                    .param("now", at(now))
                    .update();
            return jdbc.sql("select * from mail_outbox where claimed_by = :token and status = 'SENDING' order by id")
                    .param("token", token)
                    .query((rs, n) -> row(rs))
                    .list();
        });
    }

    /** Marks these rows sent. */
    void sent(List<OutboxRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        own.executeWithoutResult(
                status -> jdbc.sql("update mail_outbox set status = 'SENT', sent_at = :now, claimed_by = null,"
                                + " claimed_until = null, last_error = null where id in (:ids)")
                        .param("now", at(now))
                        .param("ids", rows.stream().map(OutboxRow::id).toList())
                        .update());
    }

    /** Puts a row back to be tried again at {@code next}, counting the attempt, if this sender still holds it. */
    void retry(OutboxRow row, Instant next, String error) {
        own.executeWithoutResult(status -> jdbc.sql(
                        "update mail_outbox set status = 'PENDING', attempts = attempts + 1, next_attempt_at = :next,"
                                + " claimed_by = null, claimed_until = null, last_error = :error where id = :id and claimed_by = :claim")
                .param("next", at(next))
                .param("error", shorten(error))
                .param("id", row.id())
                .param("claim", row.claim())
                .update());
    }

    /** Gives a row back untried, for another run (the batch stopped before reaching it). */
    void release(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        own.executeWithoutResult(status -> jdbc.sql("update mail_outbox set status = 'PENDING', claimed_by = null,"
                        + " claimed_until = null where id in (:ids) and claimed_by = :claim")
                .param("ids", rows.stream().map(OutboxRow::id).toList())
                .param("claim", rows.get(0).claim())
                .update());
    }

    void failed(OutboxRow row, String error) {
        own.executeWithoutResult(status -> jdbc.sql(
                        "update mail_outbox set status = 'FAILED', attempts = attempts + 1,"
                                + " claimed_by = null, claimed_until = null, last_error = :error where id = :id and claimed_by = :claim")
                .param("error", shorten(error))
                .param("id", row.id())
                .param("claim", row.claim())
                .update());
    }

    /** Forgets sent and failed mail created before {@code before}. */
    int forget(Instant before) {
        return own.execute(status -> jdbc.sql(
                        "delete from mail_outbox where status in ('SENT', 'FAILED') and created_at < :before")
                .param("before", at(before))
                .update());
    }

    List<Long> idsFor(String address) {
        return jdbc.sql("select id from mail_outbox where to_address = :to order by id")
                .param("to", address)
                .query(Long.class)
                .list();
    }

    State state(long id) {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, n) -> new State(
                        Status.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .single();
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        var method = rs.getString("calendar_method");
        return new OutboxRow(
                rs.getLong("id"),
                rs.getString("claimed_by"),
                rs.getString("kind"),
                rs.getString("to_address"),
                rs.getString("to_name"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                readHeaders(rs.getString("headers")),
                method == null
                        ? null
                        : new Mail.Calendar(Mail.CalendarMethod.valueOf(method), rs.getString("calendar_ics")),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** One "Name: value" a line: names and values were checked to hold no line break. */
    private static String writeHeaders(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, String> readHeaders(@Nullable String stored) {
        var headers = new LinkedHashMap<String, String>();
        if (stored != null) {
            stored.lines().forEach(line -> {
                var colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            });
        }
        return headers;
    }

    /** Microseconds, as both databases keep them (rounding, not cutting, what is finer). */
    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static String shorten(String error) {
        var line = org.filmclub.base.PlainText.oneLine(error);
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}

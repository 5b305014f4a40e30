package org.filmclub.base.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Each run claims due rows in batches (see {@link OutboxStore#claim}), sends a
 * batch over one connection, and marks each mail sent, or due again later: 30 s after the first
 * failure, doubling up to an hour, until a day after it was written, when it is marked failed and
 * logged. A refusal that says the address does not exist fails it at once. A connection that fails
 * stops the run, leaving the rest untried for the next. Runs happen on one thread of this node: right
 * after a commit that wrote mail ({@link #nudge}), and every {@code filmclub.mail.poll-ms} to catch up
 * after a restart; several nodes run side by side, each holding only what it claimed.
 */
@Component
class OutboxSender {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    static final Duration CLAIM_LEASE = Duration.ofMinutes(15);
    static final Duration KEEP_SENT = Duration.ofDays(30);
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final @Nullable JavaMailSender mailer;
    private final MailMessages messages;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        var t = new Thread(runnable, "mail-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();

    @Autowired
    OutboxSender(
            OutboxStore store,
            ObjectProvider<JavaMailSender> mailer,
            @Value("${filmclub.mail.from:Filmclub <filmclub@localhost>}") String from,
            Clock clock)
            throws AddressException {
        this(store, mailer.getIfAvailable(), new InternetAddress(from, true), clock);
        if (this.mailer == null) {
            log.warn("No mail server is set (spring.mail.host): mail waits in the outbox until one is.");
        }
    }

    OutboxSender(OutboxStore store, @Nullable JavaMailSender mailer, InternetAddress from, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.messages = new MailMessages(from);
        this.clock = clock;
    }

    InternetAddress from() {
        return messages.from();
    }

    /** Asks for a run soon, on this node's sending thread; a run already asked for covers this one. */
    void nudge() {
        if (mailer != null && nudged.compareAndSet(false, true)) {
            thread.execute(() -> {
                nudged.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    log.warn("Sending mail failed; the next run tries again", e);
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${filmclub.mail.poll-ms:10000}", initialDelay = 5000)
    void poll() {
        nudge();
    }

    @Scheduled(cron = "${filmclub.mail.forget-cron:0 17 3 * * *}")
    void forgetOld() {
        store.forget(clock.instant().minus(KEEP_SENT));
    }

    /** Sends every mail due now, batch after batch; returns how many went out. */
    int sendDue() {
        if (mailer == null) {
            return 0;
        }
        var sent = 0;
        while (true) {
            var batch = store.claim(clock.instant(), BATCH, CLAIM_LEASE);
            if (batch.isEmpty()) {
                return sent;
            }
            var outcome = send(batch);
            sent += outcome.sent();
            if (outcome.serverAway() || batch.size() < BATCH) {
                return sent;
            }
        }
    }

    private record Outcome(int sent, boolean serverAway) {}

    private Outcome send(List<OutboxRow> batch) {
        var now = clock.instant();
        var built = new IdentityHashMap<MimeMessage, OutboxRow>();
        var ready = new ArrayList<MimeMessage>();
        for (var row : batch) {
            try {
                var message = messages.build(row, Date.from(now));
                built.put(message, row);
                ready.add(message);
            } catch (MessagingException | RuntimeException e) {
                giveUp(row, "could not be built: " + e.getMessage());
            }
        }
        if (ready.isEmpty()) {
            return new Outcome(0, false);
        }
        Map<Object, Exception> failures = Map.of();
        boolean away = false;
        try {
            mailer.send(ready.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
            away = failures.size() == ready.size();
        } catch (MailException e) {
            failures = new IdentityHashMap<>();
            for (var message : ready) {
                failures.put(message, e);
            }
            away = true;
        }
        var sent = new ArrayList<OutboxRow>();
        for (var message : ready) {
            var row = built.get(message);
            var failure = failures.get(message);
            if (failure == null) {
                sent.add(row);
            } else if (permanent(failure)) {
                giveUp(row, "refused by the server: " + failure.getMessage());
            } else {
                later(row, now, failure);
            }
        }
        store.sent(sent, clock.instant());
        if (away) {
            log.warn(
                    "The mail server did not take {} mails ({}); they are tried again later",
                    ready.size(),
                    failures.values().iterator().next().getMessage());
        }
        return new Outcome(sent.size(), away);
    }

    private void later(OutboxRow row, Instant now, Exception failure) {
        var reason = String.valueOf(failure.getMessage());
        if (!now.isBefore(row.createdAt().plus(GIVE_UP_AFTER))) {
            giveUp(row, "not sent within " + GIVE_UP_AFTER.toHours() + " hours: " + reason);
        } else {
            store.retry(row, now.plus(wait(row.attempts())), reason);
        }
    }

    private void giveUp(OutboxRow row, String reason) {
        log.warn("Mail {} ({}) is given up: {}", row.id(), row.kind(), reason);
        store.failed(row, reason);
    }

    /** 30 s after the first failure, then twice as long after each, at most an hour. */
    static Duration wait(int failuresBefore) {
        var wait = FIRST_RETRY.multipliedBy(1L << Math.min(failuresBefore, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * A 5xx reply to the recipient: the address does not exist, and would be refused again. Any other
     * refusal (a full mailbox, a server that wants a login it was not given) may pass once it is fixed.
     */
    private static boolean permanent(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}

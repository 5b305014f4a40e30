package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.mail.Mail;
import org.filmclub.base.mail.MailOutbox;
import org.filmclub.base.mail.MailTemplate;
import org.filmclub.bench.BenchResults.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reminder to 1,000 members: how long the one transaction that writes the 1,000 mails takes (what the
 * request that causes them waits), and how fast the sender then delivers them to a local SMTP server
 * (the app's development GreenMail), from the commit to the last mail received.
 */
class MailOutboxBenchmark extends AbstractAppTest {

    static final int MAILS = 1_000;
    static final int ROUNDS = 5;

    static final MailTemplate REMINDER = MailTemplate.of(
            "{{film}} starts in two hours",
            """
            Hello {{name}},
            {{film}} starts at {{time}} at {{place}}.
            """,
            """
            <p>Hello {{name}},</p>
            <p><b>{{film}}</b> starts at {{time}} at {{place}}.</p>
            """);

    @Autowired
    MailOutbox outbox;

    @Autowired
    GreenMail server;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_reminder_to_a_thousand_members() {
        var inTransaction = new TransactionTemplate(transactions);
        var enqueueNanos = new long[ROUNDS];
        var drainNanos = new long[ROUNDS];
        for (int round = 0; round <= ROUNDS; round++) {
            var before = server.getReceivedMessages().length;
            var batch = unique("bench");
            long start = System.nanoTime();
            inTransaction.executeWithoutResult(t -> {
                for (int i = 0; i < MAILS; i++) {
                    var content = REMINDER.render(java.util.Map.of(
                            "name", "Member " + i, "film", "Stalker", "time", "20:00", "place", "The small cinema"));
                    outbox.enqueue(Mail.to(batch + "." + i + "@example.org", "Member " + i, content, "bench")
                            .withHeader("List-Unsubscribe", "<https://filmclub.example/unsubscribe/" + i + ">")
                            .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
                }
            });
            long committed = System.nanoTime();
            assertThat(server.waitForIncomingEmail(120_000, before + MAILS)).isTrue();
            long drained = System.nanoTime();
            // The first round warms up the JVM and the database; it is not counted.
            if (round > 0) {
                enqueueNanos[round - 1] = committed - start;
                drainNanos[round - 1] = drained - committed;
            }
        }
        Arrays.sort(enqueueNanos);
        Arrays.sort(drainNanos);
        var enqueueMs = BenchResults.ms(BenchResults.percentile(enqueueNanos, 50));
        var drainMs = BenchResults.ms(BenchResults.percentile(drainNanos, 50));
        var mailsPerSecond = Math.round(MAILS / (drainMs / 1000.0));

        var figures = new LinkedHashMap<String, Object>();
        figures.put("mails", MAILS);
        figures.put("enqueueTransactionP50Ms", enqueueMs);
        figures.put("drainP50Ms", drainMs);
        figures.put("mailsPerSecond", mailsPerSecond);
        new Table(
                        "Mail outbox on " + BenchResults.DATABASE + ": " + MAILS
                                + " mails in one transaction, then sent to a" + " local SMTP server (median of "
                                + ROUNDS + " rounds after one to warm up)",
                        "transaction writing them",
                        "commit to last received",
                        "mails per second")
                .row(enqueueMs + " ms", drainMs + " ms", mailsPerSecond)
                .print();
        BenchResults.write("mailOutbox", figures);
    }
}

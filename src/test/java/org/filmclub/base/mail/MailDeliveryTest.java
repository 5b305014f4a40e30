package org.filmclub.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender against a real SMTP server that goes away, against a second sender and a restarted one:
 * a mail is late at worst, never lost and never sent twice, and given up a day after it was written.
 * The app's own sender runs throughout, as it would on a node beside these.
 */
class MailDeliveryTest extends AbstractAppTest {

    static final MailContent NEWS = new MailContent("News from the club", "News.", "<p>News.</p>");

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    OutboxSender sender;

    @Autowired
    GreenMail server;

    @Autowired
    JavaMailSenderImpl mailer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    CaughtMail caught;
    TransactionTemplate inTransaction;
    int serverPort;

    @BeforeEach
    void setUp() {
        caught = new CaughtMail(server);
        inTransaction = new TransactionTemplate(transactions);
        serverPort = mailer.getPort();
    }

    @AfterEach
    void serverBack() {
        mailer.setPort(serverPort);
    }

    @Test
    void an_smtp_outage_delays_a_mail_and_it_goes_once_when_the_server_is_back() throws Exception {
        var start = clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        mailer.setPort(closedPort());
        var address = CaughtMail.newAddress("outage");
        var id = enqueue(address);

        var afterFirstTry = awaitState(id, s -> s.attempts() >= 1);
        assertThat(afterFirstTry.status()).isEqualTo(OutboxStore.Status.PENDING);
        assertThat(afterFirstTry.nextAttemptAt()).isEqualTo(start.plus(OutboxSender.FIRST_RETRY));
        assertThat(sender.sendDue()).as("not tried again before its time").isZero();

        mailer.setPort(serverPort);
        clock.stopAt(start.plus(OutboxSender.FIRST_RETRY));
        sender.sendDue();
        caught.await(address, 1);
        awaitState(id, s -> s.status() == OutboxStore.Status.SENT);
        sender.sendDue();
        assertThat(caught.to(address)).hasSize(1);
    }

    @Test
    void each_failure_doubles_the_wait_up_to_an_hour() {
        assertThat(OutboxSender.wait(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.wait(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.wait(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxSender.wait(7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.wait(60)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_mail_not_sent_within_a_day_is_given_up_and_never_sent() throws Exception {
        var start = clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        mailer.setPort(closedPort());
        var address = CaughtMail.newAddress("late");
        var id = enqueue(address);
        awaitState(id, s -> s.attempts() >= 1);

        clock.stopAt(start.plus(Duration.ofHours(23)));
        sender.sendDue();
        assertThat(store.state(id).status()).isEqualTo(OutboxStore.Status.PENDING);

        clock.stopAt(start.plus(OutboxSender.GIVE_UP_AFTER));
        sender.sendDue();
        var state = awaitState(id, s -> s.status() == OutboxStore.Status.FAILED);
        assertThat(state.lastError()).contains("not sent within 24 hours");

        mailer.setPort(serverPort);
        clock.stopAt(start.plus(Duration.ofDays(2)));
        sender.sendDue();
        var witness = CaughtMail.newAddress("witness");
        enqueue(witness);
        caught.await(witness, 1);
        assertThat(caught.to(address)).isEmpty();
    }

    @Test
    void two_senders_racing_over_the_same_mails_send_each_once() throws Exception {
        var addresses = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            addresses.add(CaughtMail.newAddress("race"));
        }
        var one = newSender();
        var two = newSender();
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> {
                        go.await();
                        return one.sendDue();
                    }),
                    pool.submit(() -> {
                        go.await();
                        return two.sendDue();
                    }));
            inTransaction.executeWithoutResult(
                    t -> addresses.forEach(a -> outbox.enqueue(Mail.to(a, null, NEWS, "test"))));
            go.countDown();
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (var address : addresses) {
            caught.await(address, 1);
        }
        one.sendDue();
        two.sendDue();
        for (var address : addresses) {
            assertThat(caught.to(address)).as(address).hasSize(1);
        }
    }

    @Test
    void a_sender_started_after_a_restart_does_not_send_sent_mail_again() {
        var address = CaughtMail.newAddress("restart");
        var id = enqueue(address);
        caught.await(address, 1);
        awaitState(id, s -> s.status() == OutboxStore.Status.SENT);

        assertThat(newSender().sendDue()).isZero();
        assertThat(caught.to(address)).hasSize(1);
    }

    @Test
    void a_mail_claimed_by_a_sender_that_died_is_sent_once_its_claim_lapses() {
        var start = clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        var address = CaughtMail.newAddress("orphan");
        // Written and claimed in one transaction, as if a node had claimed it and then died mid-send.
        inTransaction.executeWithoutResult(t -> {
            outbox.enqueue(Mail.to(address, null, NEWS, "test"));
            jdbc.sql(
                            "update mail_outbox set status = 'SENDING', claimed_by = 'a-node-that-died', claimed_until = :until"
                                    + " where to_address = :to")
                    .param("until", Timestamp.from(start.plus(OutboxSender.CLAIM_LEASE)))
                    .param("to", address)
                    .update();
        });
        var restarted = newSender();
        assertThat(restarted.sendDue()).isZero();
        assertThat(caught.to(address)).isEmpty();

        clock.stopAt(start.plus(OutboxSender.CLAIM_LEASE).plusSeconds(1));
        restarted.sendDue();
        caught.await(address, 1);
        restarted.sendDue();
        assertThat(caught.to(address)).hasSize(1);
    }

    private OutboxSender newSender() {
        try {
            return new OutboxSender(store, mailer, new InternetAddress("filmclub@localhost"), clock);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private long enqueue(String address) {
        inTransaction.executeWithoutResult(t -> outbox.enqueue(Mail.to(address, null, NEWS, "test")));
        return store.idsFor(address).get(0);
    }

    private OutboxStore.State awaitState(long id, Predicate<OutboxStore.State> condition) {
        return CaughtMail.awaitState(store, id, condition);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

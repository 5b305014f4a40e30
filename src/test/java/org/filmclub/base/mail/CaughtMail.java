package org.filmclub.base.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** What the tests' SMTP server (the app's own development server) has received, by recipient. */
final class CaughtMail {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Long enough for a busy machine; the wait ends as soon as the mail is there. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final GreenMail server;

    CaughtMail(GreenMail server) {
        this.server = server;
    }

    /** An address no other test mails to. */
    static String newAddress(String name) {
        return name + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@example.org";
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, address))
                .toList();
    }

    /** Waits until {@code count} mails to this address arrived, and returns them. */
    List<MimeMessage> await(String address, int count) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var arrived = to(address);
            if (arrived.size() >= count) {
                return arrived;
            }
            // Blocks until the server receives anything more, or a moment passes.
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError(count + " mails to " + address + " did not arrive in " + PATIENCE);
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Waits until the outbox row is in the state asked for, and returns it. */
    static OutboxStore.State awaitState(OutboxStore store, long id, Predicate<OutboxStore.State> condition) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var state = store.state(id);
            if (condition.test(state)) {
                return state;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("Mail " + id + " stayed " + store.state(id));
    }
}

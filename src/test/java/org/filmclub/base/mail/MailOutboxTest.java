package org.filmclub.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.mail.Mail.CalendarMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail written with a change goes out once after the change commits, whole, and never from a rollback. */
class MailOutboxTest extends AbstractAppTest {

    static final MailContent HELLO =
            new MailContent("Hello from the club", "Hello, plain.", "<p>Hello, <b>HTML</b>.</p>");

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    OutboxSender sender;

    @Autowired
    GreenMail server;

    @Autowired
    PlatformTransactionManager transactions;

    CaughtMail caught;
    TransactionTemplate inTransaction;

    @BeforeEach
    void setUp() {
        caught = new CaughtMail(server);
        inTransaction = new TransactionTemplate(transactions);
    }

    @Test
    void a_mail_enqueued_in_a_committed_transaction_arrives_once_with_both_parts_and_its_headers() throws Exception {
        var address = CaughtMail.newAddress("ana");
        inTransaction.executeWithoutResult(t -> outbox.enqueue(Mail.to(address, "Ana Ruiz-Zoë", HELLO, "test")
                .withHeader("List-Unsubscribe", "<https://filmclub.example/unsubscribe/abc>")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

        var message = caught.await(address, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Hello from the club");
        var to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(address);
        assertThat(to.getPersonal()).isEqualTo("Ana Ruiz-Zoë");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("filmclub@localhost");
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<https://filmclub.example/unsubscribe/abc>");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        assertThat(parts(message))
                .containsExactly("text/plain: Hello, plain.", "text/html: <p>Hello, <b>HTML</b>.</p>");
        var id = store.idsFor(address).get(0);
        CaughtMail.awaitState(store, id, s -> s.status() == OutboxStore.Status.SENT);
        assertThat(message.getMessageID()).startsWith("<mail-" + id + ".").endsWith("@localhost>");

        assertThat(sender.sendDue()).as("sent again by a later run").isZero();
        assertThat(caught.to(address)).hasSize(1);
    }

    @Test
    void a_mail_enqueued_in_a_rolled_back_transaction_is_never_sent() {
        var address = CaughtMail.newAddress("ben");
        inTransaction.executeWithoutResult(t -> {
            outbox.enqueue(Mail.to(address, "Ben", HELLO, "test"));
            t.setRollbackOnly();
        });
        var other = CaughtMail.newAddress("cleo");
        inTransaction.executeWithoutResult(t -> outbox.enqueue(Mail.to(other, "Cleo", HELLO, "test")));

        caught.await(other, 1);
        sender.sendDue();
        assertThat(store.idsFor(address)).isEmpty();
        assertThat(caught.to(address)).isEmpty();
    }

    @Test
    void enqueueing_outside_a_transaction_is_refused() {
        var address = CaughtMail.newAddress("dan");
        assertThatThrownBy(() -> outbox.enqueue(Mail.to(address, "Dan", HELLO, "test")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(store.idsFor(address)).isEmpty();
    }

    @Test
    void a_line_break_in_anything_bound_for_a_header_is_refused_and_nothing_is_stored() {
        var address = CaughtMail.newAddress("eve");
        var bcc = "\r\nBcc: victim@example.org";
        var attempts = List.of(
                Mail.to(address + bcc, "Eve", HELLO, "test"),
                Mail.to(address, "Eve" + bcc, HELLO, "test"),
                Mail.to(address, "Eve\u2028Bcc: x@example.org", HELLO, "test"),
                Mail.to(address, "Eve", new MailContent("Hi" + bcc, "text", "<p>html</p>"), "test"),
                Mail.to(address, "Eve", new MailContent("Hi\nthere", "text", "<p>html</p>"), "test"),
                Mail.to(address, "Eve", HELLO, "test").withHeader("List-Unsubscribe", "<https://x>" + bcc),
                Mail.to(address, "Eve", HELLO, "test").withHeader("Bcc", "victim@example.org"),
                Mail.to(address, "Eve", HELLO, "test").withHeader("X-Evil" + bcc, "1"));
        for (var mail : attempts) {
            assertThatThrownBy(() -> inTransaction.executeWithoutResult(t -> outbox.enqueue(mail)))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(store.idsFor(address)).isEmpty();
    }

    @Test
    void an_address_that_is_not_one_is_refused() {
        var refused = new ArrayList<String>();
        for (var address : List.of(
                "not an address",
                "ana",
                "ana@",
                "@example.org",
                "Ana <ana@example.org>",
                "ana@example.org, ben@example.org",
                "ana@example.org\n",
                "ana@exämple.org",
                "ana@localhost",
                "a".repeat(250) + "@example.org",
                "")) {
            try {
                inTransaction.executeWithoutResult(t -> outbox.enqueue(Mail.to(address, null, HELLO, "test")));
            } catch (InvalidInputException e) {
                assertThat(e.fieldErrors()).containsEntry("to", "That is not an email address.");
                refused.add(address);
            }
        }
        assertThat(refused).hasSize(11);
    }

    @Test
    void parts_that_are_too_long_are_refused() {
        var address = CaughtMail.newAddress("fay");
        var longText = new MailContent("Hi", "x".repeat(MailLimits.TEXT + 1), "<p>x</p>");
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(
                        t -> outbox.enqueue(Mail.to(address, "Fay", longText, "test"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("At most 100000 characters");
    }

    @Test
    void a_repeated_idempotency_key_is_stored_and_sent_once() {
        var address = CaughtMail.newAddress("gus");
        var key = "test-key:" + address;
        var first = inTransaction.execute(t -> List.of(
                outbox.enqueue(Mail.to(address, "Gus", HELLO, "test").withKey(key)),
                outbox.enqueue(Mail.to(address, "Gus", HELLO, "test").withKey(key))));
        var later = inTransaction.execute(
                t -> outbox.enqueue(Mail.to(address, "Gus", HELLO, "test").withKey(key)));

        assertThat(first).containsExactly(true, false);
        assertThat(later).isFalse();
        caught.await(address, 1);
        sender.sendDue();
        assertThat(store.idsFor(address)).hasSize(1);
        assertThat(caught.to(address)).hasSize(1);
    }

    @Test
    void a_calendar_entry_travels_as_an_alternative_with_its_method_and_as_an_ics_attachment() throws Exception {
        var address = CaughtMail.newAddress("hal");
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Filmclub//EN\r\nMETHOD:CANCEL\r\n"
                + "BEGIN:VEVENT\r\nUID:screening-7@filmclub\r\nSEQUENCE:2\r\nDTSTAMP:20261206T080000Z\r\n"
                + "DTSTART:20261210T200000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        inTransaction.executeWithoutResult(t ->
                outbox.enqueue(Mail.to(address, "Hal", HELLO, "screening").withCalendar(CalendarMethod.CANCEL, ics)));

        var message = caught.await(address, 1).get(0);
        assertThat(message.isMimeType("multipart/mixed")).isTrue();
        var mixed = (Multipart) message.getContent();
        var alternatives = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternatives.getBodyPart(2).getContentType())
                .contains("text/calendar")
                .contains("method=CANCEL");
        assertThat(new String(alternatives.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ics);
        var attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ics);
    }

    @Test
    void a_calendar_entry_whose_method_differs_from_the_one_given_is_refused() {
        var address = CaughtMail.newAddress("ida");
        var ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(t -> outbox.enqueue(
                        Mail.to(address, "Ida", HELLO, "screening").withCalendar(CalendarMethod.CANCEL, ics))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void three_hundred_mails_in_one_transaction_each_arrive_once() {
        var addresses = new ArrayList<String>();
        for (int i = 0; i < 300; i++) {
            addresses.add(CaughtMail.newAddress("many"));
        }
        inTransaction.executeWithoutResult(
                t -> addresses.forEach(a -> outbox.enqueue(Mail.to(a, "Member", HELLO, "test"))));
        caught.await(addresses.get(addresses.size() - 1), 1);
        for (var address : addresses) {
            assertThat(caught.await(address, 1)).as(address).hasSize(1);
        }
    }

    private static List<String> parts(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        var found = new ArrayList<String>();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            var type = part.getContentType().split(";")[0].trim().toLowerCase();
            found.add(type + ": " + String.valueOf(part.getContent()).strip());
        }
        return found;
    }
}

package org.filmclub.club;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A host mails the club's invite link from the club's page; what arrives, and who may send it. */
class InvitationMailTest extends AbstractAppTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationMails invitations;

    private MemberProfile host;
    private MemberProfile member;
    private String slug;

    @BeforeEach
    void aClub() {
        host = newMember("Hana Host");
        member = newMember("Milo Member");
        slug = newClub(host, member);
    }

    private static String newAddress(String name) {
        return unique(name).toLowerCase() + "." + System.nanoTime() + "@example.org";
    }

    private void openClubAs(MemberProfile who) {
        loginAs(who);
        UI.getCurrent().navigate("clubs/" + slug + "/settings");
    }

    private TextArea addresses() {
        return _get(TextArea.class, spec -> spec.withLabel("Mail the link to"));
    }

    private void mailInvitations(String typed) {
        _setValue(addresses(), typed);
        _click(_get(Button.class, spec -> spec.withText("Mail invitations")));
    }

    private long outboxRowsTo(String address) {
        return jdbc.sql("select count(*) from mail_outbox where to_address = :a")
                .param("a", address)
                .query(Long.class)
                .single();
    }

    private List<MimeMessage> arrived(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> isFor(m, address))
                .toList();
    }

    private MimeMessage awaitOne(String address) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (arrived(address).isEmpty() && System.nanoTime() < deadline) {
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        assertThat(arrived(address)).as("mail to " + address).hasSize(1);
        return arrived(address).get(0);
    }

    @Test
    void each_address_gets_one_invitation_with_text_html_and_the_link_even_after_a_second_click() throws Exception {
        var ava = newAddress("ava");
        var bo = newAddress("bo");
        openClubAs(host);
        var link = clubService.home(slug).invite().orElseThrow().path();

        mailInvitations(ava + "\n\n  " + bo.toUpperCase() + "  \n" + ava + "\n");

        NotificationsKt.expectNotifications("Invitations mailed to 2 addresses.");
        assertThat(addresses().getValue()).isEmpty();
        var mail = awaitOne(ava);
        awaitOne(bo);
        assertThat(mail.getSubject()).isEqualTo("Hana Host invites you to " + clubName() + " on Filmclub");
        var multipart = (Multipart) mail.getContent();
        var text = part(multipart, "text/plain");
        var html = part(multipart, "text/html");
        assertThat(text).contains("Hana Host invites you to join " + clubName()).contains("/" + link);
        assertThat(html).contains("<a href=\"").contains("/" + link + "\"");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();

        // A double click, or the same list again: the outbox keeps one mail per address and invite link.
        mailInvitations(ava + "\n" + bo);
        NotificationsKt.expectNotifications("Every address had this link mailed before; nothing was sent again.");
        assertThat(outboxRowsTo(ava)).isEqualTo(1);
        assertThat(outboxRowsTo(bo)).isEqualTo(1);
        assertThat(arrived(ava)).hasSize(1);
    }

    @Test
    void lines_that_are_not_addresses_are_named_and_kept_and_nothing_is_sent() {
        var good = newAddress("good");
        openClubAs(host);
        var typed = String.join(
                "\n",
                good,
                "not an address",
                "eve@example.org\u0000Bcc: spy@evil.example",
                "Eve <eve@example.org>, spy@evil.example",
                "eve@example.org\tBcc: spy@evil.example",
                "eve@example.org\r\nBcc: spy@evil.example");

        mailInvitations(typed);

        assertThat(addresses().getValue()).isEqualTo(typed);
        assertThat(addresses().isInvalid()).isTrue();
        assertThat(addresses().getErrorMessage())
                .contains("Line 2 (not an address) is not an email address.")
                .contains("Line 3 (")
                .contains("Line 4 (Eve <eve@example.org>, spy@evil.example)")
                .contains("Line 5 (")
                .contains("Line 7 (Bcc: spy@evil.example)")
                .doesNotContain("Line 1 ", "Line 6 ")
                .contains("Nothing was sent");
        assertThat(outboxRowsTo(good)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where to_address like '%evil.example%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void at_most_fifty_addresses_at_a_time_and_two_hundred_a_day() {
        openClubAs(host);
        var fiftyOne = IntStream.range(0, 51).mapToObj(i -> newAddress("many")).collect(Collectors.joining("\n"));

        mailInvitations(fiftyOne);

        assertThat(addresses().getErrorMessage()).isEqualTo("At most 50 addresses at a time; this has 51.");
        assertThat(addresses().getValue()).isEqualTo(fiftyOne);

        for (var i = 0; i < 195; i++) {
            jdbc.sql("insert into invitation_mails (club_id, host_id, sent_at) "
                            + "select id, :host, :now from clubs where slug = :slug")
                    .param("host", host.id())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("slug", slug)
                    .update();
        }
        var six = IntStream.range(0, 6).mapToObj(i -> newAddress("six")).collect(Collectors.joining("\n"));
        mailInvitations(six);
        assertThat(addresses().getErrorMessage())
                .isEqualTo("A host can mail at most 200 invitations a day; you can mail 5 more today.");
        assertThat(outboxRowsTo(six.lines().findFirst().orElseThrow())).isZero();
    }

    @Test
    void only_a_host_of_the_club_can_mail_its_invite_link() {
        var outsider = newMember("Olga Otherclub");
        var otherSlug = newClub(outsider);
        var target = newAddress("target");

        loginAs(member);
        assertThatThrownBy(() -> invitations.send(slug, target)).isInstanceOf(NotPermittedException.class);
        openClubAs(member);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Mail the link to")))
                .isEmpty();

        // A host of another club, for a club they are not in.
        loginAs(outsider);
        looksMissing(() -> invitations.send(slug, target));
        assertThat(invitations.send(otherSlug, target).mailed()).isEqualTo(1);
        assertThatThrownBy(() -> invitations.send(otherSlug, "   \n  ")).isInstanceOf(InvalidInputException.class);
        assertThat(outboxRowsTo(target)).isEqualTo(1);
    }

    private String clubName() {
        return clubService.home(slug).club().name();
    }

    private static String part(Multipart multipart, String type) throws MessagingException, IOException {
        for (var i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                var found = part((Multipart) part.getContent(), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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
}

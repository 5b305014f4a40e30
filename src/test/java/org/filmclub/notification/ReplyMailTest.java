package org.filmclub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.AccountInbox;
import org.filmclub.member.MailKind;
import org.filmclub.member.MemberMail;
import org.filmclub.member.MemberProfile;
import org.filmclub.watch.Moment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replies and mentions a member has not read in the app after ten minutes come by mail, gathered per
 * quarter hour, once. Time is the test clock's; each test starts a minute into a quarter hour.
 */
class ReplyMailTest extends AbstractAppTest {

    /** A minute past a quarter hour: the job runs at 10:15, 10:30… */
    private static final Instant T0 = Instant.parse("2031-03-04T10:01:00Z");

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReplyMails replyMails;

    @Autowired
    DiscussionService discussion;

    @Autowired
    NotificationService notifications;

    @Autowired
    FilmService films;

    @Autowired
    MemberMail memberMail;

    AccountInbox inbox;

    @BeforeEach
    void stopTheClock() {
        inbox = new AccountInbox(smtp);
        clock.stopAt(T0);
    }

    private record Film(String slug, long id) {}

    /** A member whose address is confirmed. */
    private MemberProfile confirmed(String name) {
        var member = newMember(name);
        // As following the mailed link would; the link itself has tests of its own.
        jdbc.sql("update members set email_verified_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", member.id())
                .update();
        return member;
    }

    private static String address(MemberProfile member) {
        return member.username() + "@example.org";
    }

    private Film film(MemberProfile host, MemberProfile... members) {
        var slug = newClub(host, members);
        loginAs(host);
        return new Film(
                slug,
                films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                        .id());
    }

    private long post(MemberProfile who, Film film, String text, Long replyTo) {
        loginAs(who);
        return discussion
                .post(film.slug(), film.id(), text, replyTo, UUID.randomUUID().toString())
                .id();
    }

    private void at(String minutesAndSeconds) {
        var parts = minutesAndSeconds.split(":");
        clock.stopAt(T0.minus(Duration.ofMinutes(1))
                .plus(Duration.ofMinutes(Long.parseLong(parts[0])))
                .plus(Duration.ofSeconds(Long.parseLong(parts[1]))));
    }

    /** The job runs now, as the schedule would run it. */
    private void jobRunsAt(String minutesAndSeconds) {
        at(minutesAndSeconds);
        replyMails.sendDue();
    }

    private record Written(String subject, String text, String html) {}

    /** What the app has written to the outbox for this address, oldest first: all it will ever send. */
    private List<Written> outboxTo(MemberProfile member) {
        return jdbc.sql(
                        "select subject, body_text, body_html from mail_outbox where to_address = :to and kind = 'replies' order by id")
                .param("to", address(member))
                .query((rs, n) -> new Written(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private List<MimeMessage> awaitArrived(MemberProfile member, String subjectPart) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var arrived = inbox.to(address(member)).stream()
                    .filter(m -> subject(m).contains(subjectPart))
                    .toList();
            if (!arrived.isEmpty()) {
                return arrived;
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail about " + subjectPart + " reached " + address(member));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return String.valueOf(message.getHeader(name, ","));
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                var all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i)));
                }
                return all.toString();
            }
            return "";
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_reply_read_within_ten_minutes_is_never_mailed() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        var root = post(ana, her, "Who else cried at the ending?", null);
        post(ben, her, "Twice, at the letter scene.", root);

        at("06:00");
        loginAs(ana);
        notifications.markAllRead();
        jobRunsAt("15:00");
        jobRunsAt("30:00");

        assertThat(outboxTo(ana)).isEmpty();
    }

    @Test
    void an_unread_reply_arrives_by_mail_once_after_ten_minutes_with_who_where_what_and_a_link() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        var root = post(ana, her, "Who else cried at the ending?", null);
        var reply = post(ben, her, "Twice, at the **letter** scene.", root);

        jobRunsAt("10:30");
        assertThat(outboxTo(ana)).as("not ten minutes yet at the run's cutoff").isEmpty();
        jobRunsAt("15:00");
        jobRunsAt("15:00");
        jobRunsAt("30:00");
        jobRunsAt("45:00");

        assertThat(outboxTo(ana)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Ben Okafor replied to you on Her");
            assertThat(mail.text())
                    .contains("Hello Ana Lopes")
                    .contains("\"Twice, at the letter scene.\"")
                    .contains("/clubs/" + her.slug() + "/films/" + her.id() + "?message=" + reply);
        });
        var arrived = awaitArrived(ana, "Ben Okafor replied to you on Her");
        assertThat(arrived).hasSize(1);
        assertThat(text(arrived.get(0))).contains("Twice, at the letter scene.");
        assertThat(header(arrived.get(0), "List-Unsubscribe")).contains("/mail/unsubscribe");
        assertThat(outboxTo(ben)).isEmpty();
    }

    @Test
    void three_replies_and_mentions_in_one_quarter_hour_make_one_mail() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var cleo = confirmed("Cleo Park");
        var her = film(ana, ben, cleo);
        var root = post(ana, her, "Who else cried at the ending?", null);
        at("02:00");
        post(ben, her, "First reply from Ben.", root);
        at("03:00");
        post(cleo, her, "Cleo agrees.", root);
        at("05:00");
        post(cleo, her, "Over to you @" + ana.username() + ", what about the score?", null);

        jobRunsAt("15:00");

        assertThat(outboxTo(ana)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Ben Okafor replied to you on Her, and 2 more");
            assertThat(mail.text())
                    .contains("First reply from Ben.", "Cleo agrees.", "what about the score?")
                    .contains("Cleo Park mentioned you on Her");
        });
        awaitArrived(ana, "and 2 more");
    }

    @Test
    void a_reply_after_the_quarter_hours_mail_waits_for_the_next_quarter_hour_even_if_another_run_comes_first() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        var root = post(ana, her, "Who else cried at the ending?", null);
        post(ben, her, "Early reply.", root);
        jobRunsAt("15:00");
        at("15:30");
        post(ben, her, "Late reply.", root);

        // A second node or a restart running off the schedule, within the same quarter hour.
        jobRunsAt("29:59");
        assertThat(outboxTo(ana)).hasSize(1);
        jobRunsAt("30:00");

        assertThat(outboxTo(ana)).hasSize(2);
        assertThat(outboxTo(ana).get(1).text()).contains("Late reply.").doesNotContain("Early reply.");
    }

    @Test
    void a_member_who_turned_reply_mail_off_gets_none_and_nothing_piles_up_for_later() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        loginAs(ana);
        memberMail.choose(MailKind.REPLIES, false);
        var root = post(ana, her, "Who else cried at the ending?", null);
        post(ben, her, "Twice.", root);

        jobRunsAt("15:00");
        loginAs(ana);
        memberMail.choose(MailKind.REPLIES, true);
        jobRunsAt("30:00");

        assertThat(outboxTo(ana)).isEmpty();
    }

    @Test
    void a_member_who_left_the_club_gets_no_mail_about_it() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ben, ana);
        var root = post(ana, her, "Who else cried at the ending?", null);
        post(ben, her, "Twice.", root);
        at("04:00");
        loginAs(ana);
        clubService.leave(her.slug());

        jobRunsAt("15:00");
        jobRunsAt("30:00");

        assertThat(outboxTo(ana)).isEmpty();
    }

    @Test
    void a_reply_about_a_film_time_is_mailed_without_its_text_so_it_spoils_nothing() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        var root = post(ana, her, "Who else cried at the ending?", null);
        loginAs(ben);
        discussion.post(
                her.slug(),
                her.id(),
                "The twist: she leaves with the others",
                root,
                UUID.randomUUID().toString(),
                Moment.ofSeconds(3723));

        jobRunsAt("15:00");

        assertThat(outboxTo(ana)).singleElement().satisfies(mail -> assertThat(mail.text() + mail.html())
                .contains("About 1:02:03 into the film")
                .doesNotContain("twist", "leaves with the others"));
    }

    @Test
    void a_message_deleted_before_the_mail_is_not_quoted() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        var root = post(ana, her, "Who else cried at the ending?", null);
        var regret = post(ben, her, "Something Ben took back.", root);
        at("03:00");
        discussion.delete(her.slug(), regret);

        jobRunsAt("15:00");

        assertThat(outboxTo(ana)).isEmpty();
    }

    @Test
    void a_member_of_another_club_never_sees_this_clubs_text_in_a_mail() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var cleo = confirmed("Cleo Park");
        var dev = confirmed("Dev Rao");
        var first = film(ana, ben);
        var second = film(cleo, dev);
        var secret = "Only club one knows " + UUID.randomUUID();
        post(ben, first, secret, post(ana, first, "Club one's question", null));
        post(dev, second, "Club two's answer", post(cleo, second, "Club two's question", null));

        jobRunsAt("15:00");

        assertThat(outboxTo(ana)).singleElement().satisfies(mail -> assertThat(mail.text())
                .contains(secret));
        assertThat(outboxTo(cleo)).singleElement().satisfies(mail -> assertThat(mail.text() + mail.html())
                .contains("Club two's answer")
                .doesNotContain(secret, "Club one"));
        var everyoneWithTheSecret = jdbc.sql(
                        "select to_address from mail_outbox where body_text like :secret or body_html like :secret")
                .param("secret", "%" + secret + "%")
                .query(String.class)
                .list();
        assertThat(everyoneWithTheSecret).containsExactly(address(ana));
    }

    @Test
    void a_message_in_a_mail_is_plain_text_never_markup() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var her = film(ana, ben);
        var root = post(ana, her, "Who else cried at the ending?", null);
        post(ben, her, "I <3 \"this\" & <img src=x onerror=alert(1)> [that](javascript:alert(2))", root);

        jobRunsAt("15:00");

        assertThat(outboxTo(ana)).singleElement().satisfies(mail -> {
            assertThat(mail.html())
                    .contains("I &lt;3 &quot;this&quot; &amp; &lt;img src=x onerror=alert(1)&gt; that")
                    .doesNotContain("<img", "javascript:");
            assertThat(mail.text()).contains("I <3 \"this\" &").doesNotContain("javascript:");
        });
    }
}

package org.filmclub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.AccountInbox;
import org.filmclub.member.MailKind;
import org.filmclub.member.MemberMail;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The weekly digest reaches only members who asked for it, once a week, and only about their own club. */
class DigestMailTest extends AbstractAppTest {

    /** A Monday, 08:00 UTC: when the digest goes. */
    private static final Instant MONDAY = Instant.parse("2031-03-10T08:00:00Z");

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WeeklyDigest digest;

    @Autowired
    FilmService films;

    @Autowired
    MemberMail memberMail;

    AccountInbox inbox;

    @BeforeEach
    void twoDaysBefore() {
        inbox = new AccountInbox(smtp);
        clock.stopAt(MONDAY.minus(Duration.ofDays(2)));
    }

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

    private void wantsTheDigest(MemberProfile member) {
        loginAs(member);
        memberMail.choose(MailKind.DIGEST, true);
    }

    private void addFilm(MemberProfile host, String slug, String title) {
        loginAs(host);
        films.add(slug, new FilmDetails(title, 2013, "Spike Jonze", 126, "", ""));
    }

    private void digestRunsAt(Instant when) {
        clock.stopAt(when);
        digest.sendDue();
    }

    private record Written(String subject, String text, String html) {}

    private List<Written> digestsTo(MemberProfile member) {
        return jdbc.sql(
                        "select subject, body_text, body_html from mail_outbox where to_address = :to and kind = 'digest' order by id")
                .param("to", address(member))
                .query((rs, n) -> new Written(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Test
    void only_members_who_asked_get_the_digest_once_a_week_and_only_about_their_club() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var cleo = confirmed("Cleo Park");
        var first = newClub(ana, ben);
        var second = newClub(cleo);
        wantsTheDigest(ana);
        wantsTheDigest(cleo);
        var secretTitle = "Club two only " + UUID.randomUUID();
        addFilm(ana, first, "Her <b>again</b>");
        addFilm(cleo, second, secretTitle);

        digestRunsAt(MONDAY);
        digestRunsAt(MONDAY.plus(Duration.ofHours(1)));

        assertThat(digestsTo(ana)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("This week in Club-");
            assertThat(mail.text()).contains("New film: Her <b>again</b> (2013)", "/clubs/" + first + "/films/");
            assertThat(mail.html()).contains("Her &lt;b&gt;again&lt;/b&gt;").doesNotContain("<b>again");
            assertThat(mail.text() + mail.html()).doesNotContain(secretTitle);
        });
        assertThat(digestsTo(ben)).as("never asked for it").isEmpty();
        assertThat(digestsTo(cleo))
                .singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains(secretTitle).doesNotContain("Her <b>again</b>"));
        var inbox = new AccountInbox(smtp);
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (inbox.to(address(ana)).size() < 2 && System.nanoTime() < deadline) {
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        assertThat(inbox.to(address(ana)))
                .as("the address check, then the digest")
                .hasSize(2);
    }

    @Test
    void a_week_when_nothing_happened_sends_nothing_and_the_next_busy_week_sends_again() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var club = newClub(ana, ben);
        wantsTheDigest(ben);
        addFilm(ana, club, "Her");

        digestRunsAt(MONDAY);
        digestRunsAt(MONDAY.plus(Duration.ofDays(7)));
        assertThat(digestsTo(ben)).hasSize(1);

        clock.stopAt(MONDAY.plus(Duration.ofDays(10)));
        addFilm(ana, club, "Lost in Translation");
        digestRunsAt(MONDAY.plus(Duration.ofDays(14)));

        assertThat(digestsTo(ben)).hasSize(2);
        assertThat(digestsTo(ben).get(1).text()).contains("Lost in Translation").doesNotContain("Her (2013)");
    }

    @Test
    void a_member_who_left_the_club_gets_no_digest_of_it() {
        var ana = confirmed("Ana Lopes");
        var ben = confirmed("Ben Okafor");
        var club = newClub(ana, ben);
        wantsTheDigest(ben);
        addFilm(ana, club, "Her");
        loginAs(ben);
        clubService.leave(club);

        digestRunsAt(MONDAY);

        assertThat(digestsTo(ben)).isEmpty();
    }
}

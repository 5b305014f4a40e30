package org.filmclub.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.StatementCounter;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.mail.MailContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MemberMailTest extends AbstractAppTest {

    static final MailContent CONTENT = new MailContent("Tonight: Her", "See you at eight.", "<p>See you at eight.</p>");

    @Autowired
    MemberMail mail;

    @Autowired
    JdbcClient jdbc;

    /** As if the member had followed the link mailed to their address. */
    private MemberProfile verified(String name) {
        var member = newMember(name);
        jdbc.sql("update members set email_verified_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", member.id())
                .update();
        return member;
    }

    @Test
    void a_member_whose_address_is_not_verified_gets_no_mail_of_any_kind() {
        var ana = newMember("Ana Unverified");

        for (var kind : MailKind.values()) {
            assertThat(mail.recipient(ana.id(), kind)).as(kind.name()).isEmpty();
        }
        assertThat(mail.recipients(List.of(ana.id()), MailKind.ACCOUNT)).isEmpty();
    }

    @Test
    void a_member_who_never_chose_gets_screenings_and_replies_but_no_digest() {
        var ben = verified("Ben Defaults");

        assertThat(mail.recipient(ben.id(), MailKind.SCREENINGS)).hasValueSatisfying(r -> {
            assertThat(r.address()).isEqualTo(ben.username() + "@example.org");
            assertThat(r.name()).isEqualTo("Ben Defaults");
            assertThat(r.unsubscribeUrl()).contains("/mail/unsubscribe?m=" + ben.id() + "&k=screenings&s=");
        });
        assertThat(mail.recipient(ben.id(), MailKind.REPLIES)).isPresent();
        assertThat(mail.recipient(ben.id(), MailKind.DIGEST)).isEmpty();
        assertThat(mail.recipient(ben.id(), MailKind.ACCOUNT))
                .hasValueSatisfying(r -> assertThat(r.unsubscribeUrl()).isNull());
    }

    @Test
    void a_member_who_opted_out_gets_none_of_that_kind_and_still_account_mail_and_invitations() {
        var cleo = verified("Cleo Optout");
        loginAs(cleo);

        mail.choose(MailKind.SCREENINGS, false);
        mail.choose(MailKind.DIGEST, true);

        assertThat(mail.recipient(cleo.id(), MailKind.SCREENINGS)).isEmpty();
        assertThat(mail.recipients(List.of(cleo.id()), MailKind.SCREENINGS)).isEmpty();
        assertThat(mail.recipient(cleo.id(), MailKind.DIGEST)).isPresent();
        assertThat(mail.recipient(cleo.id(), MailKind.ACCOUNT)).isPresent();
        assertThat(mail.recipient(cleo.id(), MailKind.INVITATION)).isPresent();
        assertThat(mail.myChoices())
                .containsEntry(MailKind.SCREENINGS, false)
                .containsEntry(MailKind.REPLIES, true)
                .containsEntry(MailKind.DIGEST, true)
                .doesNotContainKeys(MailKind.ACCOUNT, MailKind.INVITATION);

        mail.choose(MailKind.SCREENINGS, true);
        assertThat(mail.recipient(cleo.id(), MailKind.SCREENINGS)).isPresent();
    }

    @Test
    void account_mail_and_invitations_cannot_be_turned_off() {
        var dan = verified("Dan Always");
        loginAs(dan);

        assertThatThrownBy(() -> mail.choose(MailKind.ACCOUNT, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mail.choose(MailKind.INVITATION, false)).isInstanceOf(InvalidInputException.class);
        assertThat(mail.recipient(dan.id(), MailKind.ACCOUNT)).isPresent();
        assertThat(mail.recipient(dan.id(), MailKind.INVITATION)).isPresent();
    }

    @Test
    void a_mail_of_a_kind_one_can_turn_off_carries_the_one_click_unsubscribe_headers() {
        var eva = verified("Eva Headers");
        jdbc.sql("update members set display_name = :name where id = :id")
                .param("name", "Eva\r\nBcc: x@evil.example")
                .param("id", eva.id())
                .update();

        var screening =
                mail.recipient(eva.id(), MailKind.SCREENINGS).orElseThrow().mail(CONTENT, MailKind.SCREENINGS);
        var account = mail.recipient(eva.id(), MailKind.ACCOUNT).orElseThrow().mail(CONTENT, MailKind.ACCOUNT);

        assertThat(screening.kind()).isEqualTo("screenings");
        assertThat(screening.toName()).doesNotContain("\r", "\n");
        assertThat(screening.headers())
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .hasEntrySatisfying("List-Unsubscribe", value -> assertThat(value)
                        .startsWith("<http")
                        .contains("m=" + eva.id() + "&k=screenings&s=")
                        .endsWith(">"));
        assertThat(account.kind()).isEqualTo("account");
        assertThat(account.headers()).isEmpty();
    }

    @Test
    void recipients_for_a_thousand_members_take_two_queries_and_leave_out_who_opted_out_or_is_unverified() {
        var prefix = unique("crowd").toLowerCase();
        var ids = new ArrayList<Long>();
        for (var i = 0; i < 1_000; i++) {
            ids.add(insertMember(prefix + "-" + i, i % 10 != 0));
        }
        // Every fourth opted out of replies.
        for (var i = 0; i < ids.size(); i += 4) {
            jdbc.sql(
                            "insert into mail_preferences (member_id, kind, wanted, changed_at) values (:m, 'replies', false, :t)")
                    .param("m", ids.get(i))
                    .param("t", Timestamp.from(Instant.now()))
                    .update();
        }

        var counted = StatementCounter.count(() -> mail.recipients(ids, MailKind.REPLIES));
        var queries = counted.statements();
        var found = counted.result();

        System.out.println("Recipients of 1,000 members: " + queries + " queries");
        assertThat(queries).isBetween(1L, 2L);
        var expected = 0;
        for (var i = 0; i < ids.size(); i++) {
            var wanted = i % 10 != 0 && i % 4 != 0;
            assertThat(found.containsKey(ids.get(i))).as("member " + i).isEqualTo(wanted);
            expected += wanted ? 1 : 0;
        }
        assertThat(found).hasSize(expected);
        assertThat(found.get(ids.get(1)).address()).isEqualTo(prefix + "-1@example.org");
    }

    private long insertMember(String username, boolean verified) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql(
                        """
                        insert into members (username, display_name, password_hash, time_zone, created_at, email,
                                             email_verified_at, address_asked)
                        values (:u, :u, 'x', 'UTC', :now, :email, :verified, true)""")
                .param("u", username)
                .param("now", now)
                .param("email", username + "@example.org")
                .param("verified", verified ? now : null)
                .update();
        return jdbc.sql("select id from members where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}

package org.filmclub.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unsubscribe link as a mail program and a browser without a session use it, through the real filter chain. */
class UnsubscribeOverHttpTest extends AbstractAppTest {

    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    @Autowired
    MemberMail mail;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private MemberProfile mia;
    private MemberProfile noa;

    @BeforeEach
    void twoMembersWithVerifiedAddresses() {
        mia = verified("Mia Mailbox");
        noa = verified("Noa Neighbour");
    }

    private MemberProfile verified(String name) {
        var member = newMember(name);
        jdbc.sql("update members set email_verified_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", member.id())
                .update();
        return member;
    }

    /** The link's path and query, as the mail carries it, sent to this test's server. */
    private String link(MemberProfile member, MailKind kind) {
        var url = URI.create(mail.recipient(member.id(), kind).orElseThrow().unsubscribeUrl());
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean wants(MemberProfile member, MailKind kind) {
        return mail.recipient(member.id(), kind).isPresent();
    }

    @Test
    void the_page_says_which_mail_and_whose_in_a_neutral_way_and_changes_nothing() throws Exception {
        var response = get(link(mia, MailKind.SCREENINGS));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("m…@example.org")
                .doesNotContain(mia.username() + "@example.org")
                .contains(MailKind.SCREENINGS.description())
                .contains("<form method=\"post\">")
                .contains("name=\"List-Unsubscribe\" value=\"One-Click\"")
                .contains(">Unsubscribe</button>");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(wants(mia, MailKind.SCREENINGS)).isTrue();
    }

    @Test
    void a_one_click_post_without_a_login_or_csrf_token_turns_that_kind_off_for_that_member_only() throws Exception {
        var response = post(link(mia, MailKind.SCREENINGS), ONE_CLICK);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Done");
        assertThat(wants(mia, MailKind.SCREENINGS)).isFalse();
        assertThat(wants(mia, MailKind.REPLIES)).isTrue();
        assertThat(wants(noa, MailKind.SCREENINGS)).isTrue();

        // A mail program may post twice; the second changes nothing and still answers 200.
        var noasReplies = link(noa, MailKind.REPLIES);
        assertThat(post(noasReplies, ONE_CLICK).statusCode()).isEqualTo(200);
        assertThat(post(noasReplies, ONE_CLICK).statusCode()).isEqualTo(200);
        assertThat(wants(noa, MailKind.REPLIES)).isFalse();
    }

    @Test
    void a_tampered_signature_is_refused_and_changes_nothing() throws Exception {
        var good = link(mia, MailKind.SCREENINGS);
        var signature = good.substring(good.indexOf("&s=") + 3);
        var flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

        for (var bad : new String[] {
            good.replace("&s=" + signature, "&s=" + flipped),
            good.replace("&s=" + signature, "&s=" + signature.substring(0, signature.length() - 1)),
            good.replace("&s=" + signature, "&s="),
            good.replace("&s=" + signature, ""),
        }) {
            var response = post(bad, ONE_CLICK);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).contains("not valid").contains("Nothing was changed");
            assertThat(get(bad).statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(wants(mia, MailKind.SCREENINGS)).isTrue();
    }

    @Test
    void a_link_moved_to_another_member_or_another_kind_is_refused() throws Exception {
        var mine = link(mia, MailKind.SCREENINGS);

        var theirs = mine.replace("m=" + mia.id() + "&", "m=" + noa.id() + "&");
        var otherKind = mine.replace("k=screenings", "k=replies");
        var account = mine.replace("k=screenings", "k=account");
        var unknown = mine.replace("k=screenings", "k=weekly");
        var notANumber = mine.replace("m=" + mia.id() + "&", "m=" + mia.id() + "x&");
        for (var bad : new String[] {theirs, otherKind, account, unknown, notANumber}) {
            assertThat(post(bad, ONE_CLICK).statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(wants(noa, MailKind.SCREENINGS)).isTrue();
        assertThat(wants(mia, MailKind.REPLIES)).isTrue();
        assertThat(wants(mia, MailKind.SCREENINGS)).isTrue();
    }

    @Test
    void a_post_without_the_one_click_body_is_refused() throws Exception {
        var response = post(link(mia, MailKind.SCREENINGS), "List-Unsubscribe=Yes");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(wants(mia, MailKind.SCREENINGS)).isTrue();
    }
}

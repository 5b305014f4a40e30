package org.filmclub.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import java.sql.Timestamp;
import org.filmclub.AbstractAppTest;
import org.filmclub.member.ui.ProfileView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MailChoicesViewTest extends AbstractAppTest {

    @Autowired
    MemberMail mail;

    @Autowired
    JdbcClient jdbc;

    private Checkbox box(String label) {
        return _get(Checkbox.class, spec -> spec.withLabel(label));
    }

    @Test
    void a_member_turns_kinds_of_mail_on_and_off_on_their_profile_and_account_mail_is_said_to_always_go() {
        var ivy = newMember("Ivy Inbox");
        jdbc.sql("update members set email_verified_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", ivy.id())
                .update();
        loginAs(ivy);
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(box("Screenings").getValue()).isTrue();
        assertThat(box("Replies and mentions").getValue()).isTrue();
        assertThat(box("Weekly digest").getValue()).isFalse();
        assertThat(_find(Checkbox.class)).hasSize(3);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("account") && text.contains("invitations to clubs are always sent"));

        _setValue(box("Screenings"), false);
        _setValue(box("Weekly digest"), true);

        NotificationsKt.expectNotifications("Screenings: no more mail.", "Weekly digest: we will mail you.");
        assertThat(mail.recipient(ivy.id(), MailKind.SCREENINGS)).isEmpty();
        assertThat(mail.recipient(ivy.id(), MailKind.DIGEST)).isPresent();
        assertThat(mail.recipient(ivy.id(), MailKind.REPLIES)).isPresent();

        // What was chosen is what the page shows next time.
        UI.getCurrent().navigate("clubs");
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(box("Screenings").getValue()).isFalse();
        assertThat(box("Weekly digest").getValue()).isTrue();
    }
}

package org.filmclub.base.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.mail.ui.DevMailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** In development a member reads the mail the app sent, its HTML cleaned and sandboxed. */
class DevMailViewTest extends AbstractAppTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    GreenMail server;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_member_sees_each_caught_mail_with_its_text_and_its_html_cleaned_in_a_sandbox() {
        var address = CaughtMail.newAddress("reader");
        var subject = unique("Your screening moved");
        var html = "<p onclick=\"steal()\">Moved to <b>Friday</b></p><script>steal()</script>"
                + "<img src=x onerror=steal()><a href=\"javascript:steal()\">calendar</a>";
        new TransactionTemplate(transactions)
                .executeWithoutResult(t -> outbox.enqueue(
                        Mail.to(address, "Reader", new MailContent(subject, "Moved to Friday.", html), "test")));
        new CaughtMail(server).await(address, 1);

        loginAs(newMember("Reader"));
        UI.getCurrent().navigate("dev/mail");

        _get(DevMailView.class);
        var card = _get(H3.class, spec -> spec.withText(subject)).getParent().orElseThrow();
        assertThat(_get(card, Pre.class).getText()).isEqualTo("Moved to Friday.");
        var frame = _get(card, IFrame.class);
        assertThat(frame.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(frame.getSrcdoc().orElseThrow())
                .contains("<b>Friday</b>")
                .doesNotContain("script", "onclick", "onerror", "javascript:", "steal");
        assertThat(_find(card, com.vaadin.flow.component.html.Paragraph.class)
                        .get(0)
                        .getText())
                .startsWith("To Reader <" + address + ">");
    }

    @Test
    void a_visitor_who_is_not_logged_in_cannot_read_caught_mail() {
        UI.getCurrent().navigate("dev/mail");

        assertThat(_find(DevMailView.class)).isEmpty();
    }
}

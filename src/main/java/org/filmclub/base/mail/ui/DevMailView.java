package org.filmclub.base.mail.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import org.filmclub.base.mail.DevMailbox;
import org.filmclub.base.mail.DevMailbox.CaughtMail;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.Times;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The mail the development SMTP server caught, newest first: who it went to, when, the subject, the
 * text part, and the HTML part cleaned of anything active and shown in a sandboxed frame. Exists only
 * where that server runs, never with {@code prod} nor in Vaadin's production mode ({@link DevMailRoute}
 * adds the route; it has no {@code @Route}).
 */
@PermitAll
@PageTitle("Caught mail" + PageTitles.SUFFIX)
public class DevMailView extends VerticalLayout {

    static final String PATH = "dev/mail";

    DevMailView(DevMailbox mailbox) {
        add(new H2("Caught mail"));
        add(new Paragraph("Every mail the app sent since it started, caught by its own SMTP server in development;"
                + " none of it left this machine. Reload to see new ones."));
        var mails = mailbox.newestFirst();
        if (mails.isEmpty()) {
            add(new Paragraph("No mail yet."));
        }
        mails.forEach(mail -> add(card(mail)));
    }

    private static Div card(CaughtMail mail) {
        var card = new Div();
        card.addClassName("caught-mail");
        card.add(new H3(mail.subject()));
        card.add(new Paragraph("To " + mail.to() + ", " + Times.dateTime(mail.sentAt(), ZoneOffset.UTC) + " UTC"));
        var text = new Pre(mail.text());
        text.getStyle().set("white-space", "pre-wrap");
        card.add(text);
        var html = new IFrame();
        // Cleaned, and then in a frame with every sandbox restriction: no script, no form, no own origin.
        html.setSrcdoc(Jsoup.clean(mail.html(), Safelist.relaxed()));
        // An empty sandbox attribute, every restriction on (IFrame.setSandbox() with none removes it).
        html.getElement().setAttribute("sandbox", "");
        html.setTitle("The HTML part of " + mail.subject());
        html.setWidthFull();
        html.setHeight("16em");
        card.add(html);
        return card;
    }
}

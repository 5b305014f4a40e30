package org.filmclub.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.filmclub.discussion.DiscussionService.NearMoment;
import org.filmclub.watch.Moment;

/**
 * What the club wrote near one moment of the film, messages then questions, each in film-time order: only what the
 * member's progress lets them see, as the services chose it. Opened from a message's moment and a question's.
 */
public class NearMomentDialog extends Dialog {

    public NearMomentDialog(NearMoment near) {
        var moment = near.moment();
        setHeaderTitle("Near ⏱ " + moment.text());
        setWidth("min(36rem, 100vw)");
        addClassName("near-moment");
        add(new Paragraph("Messages and questions about the film within " + Moment.NEAR.toMinutes()
                + " minutes either way of " + moment.text() + "."));
        var list = new UnorderedList();
        list.addClassName("near-moment-list");
        near.messages().forEach(message -> {
            var header = new Div(when(message.moment()), new Span(" "), author(message.authorName()));
            header.addClassName("message-header");
            // Rendered and sanitised once, when the message was written, as in the discussion's rows.
            var body = new Div();
            body.getElement().setProperty("innerHTML", message.html());
            list.add(new ListItem(header, body));
        });
        if (near.isEmpty()) {
            add(new Paragraph("Nothing else you can see yet."));
        }
        add(list);
        if (!near.questions().isEmpty()) {
            var asked = new UnorderedList();
            asked.addClassNames("near-moment-list", "near-moment-questions");
            near.questions().forEach(question -> {
                var header = new Div(when(question.moment()));
                header.addClassName("message-header");
                asked.add(new ListItem(header, new Paragraph(question.text())));
            });
            add(new H3("Questions"), asked);
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Span when(Moment moment) {
        var when = new Span("⏱ " + moment.text());
        when.addClassName("message-moment");
        return when;
    }

    private static Span author(String name) {
        var who = new Span(name);
        who.addClassName("message-author");
        return who;
    }
}

package org.filmclub.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.DiscussionLimits;
import org.filmclub.watch.Moment;

/**
 * What the club wrote near one moment of the film, in film-time order: only what the member's progress lets them
 * see, as the service chose it.
 */
class NearMomentDialog extends Dialog {

    NearMomentDialog(Moment moment, List<ChatMessage> near) {
        setHeaderTitle("Near ⏱ " + moment.text());
        setWidth("min(36rem, 100vw)");
        addClassName("near-moment");
        add(new Paragraph("Messages about the film within " + DiscussionLimits.NEAR.toMinutes()
                + " minutes either way of " + moment.text() + "."));
        var list = new UnorderedList();
        list.addClassName("near-moment-list");
        near.forEach(message -> {
            var when = new Span("⏱ " + message.moment().text());
            when.addClassName("message-moment");
            var who = new Span(message.authorName());
            who.addClassName("message-author");
            var header = new Div(when, new Span(" "), who);
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
        getFooter().add(new Button("Close", e -> close()));
    }
}

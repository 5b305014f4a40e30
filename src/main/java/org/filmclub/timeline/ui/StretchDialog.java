package org.filmclub.timeline.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.filmclub.timeline.TimelineService;

/** What was said in one stretch of the film: its messages by their moments, then its questions. */
class StretchDialog extends Dialog {

    StretchDialog(TimelineService.Said said) {
        var stretch = said.stretch();
        setHeaderTitle("From " + stretch.start().text() + " to " + stretch.end().text());
        addClassName("stretch-dialog");
        if (said.isEmpty()) {
            var empty = new Paragraph("Nothing you can see yet was said about this part of the film.");
            empty.addClassName("empty-state");
            add(empty);
        }
        if (!said.messages().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("stretch-list");
            for (var message : said.messages()) {
                var head = new Div(moment(message.moment().text()), new Span(message.authorName()));
                head.addClassName("message-header");
                // Rendered and sanitised when the message was written, as every screen shows it.
                var text = new Html("<div class=\"message-body\">" + message.html() + "</div>");
                list.add(new ListItem(head, text));
            }
            add(new H3("Messages"), list);
        }
        if (!said.questions().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("stretch-list");
            for (var question : said.questions()) {
                list.add(new ListItem(moment(question.moment().text()), new Span(question.text())));
            }
            add(new H3("Questions"), list);
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Span moment(String text) {
        var moment = new Span("⏱ " + text);
        moment.addClassName("message-moment");
        return moment;
    }
}

package org.filmclub.discussion.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.ui.Times;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.ChatMessage.Status;

/** One message in the discussion panel: who, when, the text (or what happened to it), and what the viewer may do. */
class MessageCard extends Div {

    interface Actions {
        void reply(ChatMessage message);

        void edit(ChatMessage message);

        void delete(ChatMessage message);

        void hide(ChatMessage message);

        void jumpTo(long messageId);
    }

    private ChatMessage shown;

    /**
     * Draws a message into this card. The list reuses cards as it redraws, so a card that already
     * shows this very message is left alone: appending one message changes nothing in the others.
     */
    void show(ChatMessage message, String parentAuthor, long viewerId, boolean viewerIsHost, ZoneId zone,
            Instant now, Actions actions) {
        if (message.equals(shown)) {
            return;
        }
        shown = message;
        removeAll();
        setClassName("message");
        getElement().setAttribute("data-id", Long.toString(message.id()));
        if (message.isReply()) {
            addClassName("reply");
        }
        var mine = message.authorId() == viewerId;
        var when = new Span(Times.relative(message.createdAt(), now, zone));
        when.addClassName("message-time");
        when.getElement().setAttribute("title", Times.dateTime(message.createdAt(), zone));
        var author = new Span(message.authorName());
        author.addClassName("message-author");
        var header = new Div(author, when);
        header.addClassName("message-header");
        if (message.wasEdited() && message.status() == Status.VISIBLE) {
            var edited = new Span("edited");
            edited.addClassName("message-edited");
            edited.getElement().setAttribute("title", Times.dateTime(message.editedAt(), zone));
            header.add(edited);
        }
        if (message.isReply() && parentAuthor != null) {
            var parent = new Button("↑ " + parentAuthor, e -> actions.jumpTo(message.replyTo()));
            parent.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            parent.setAriaLabel("In reply to " + parentAuthor + ": show that message");
            header.add(parent);
        }
        var avatar = new Avatar(message.authorName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        add(avatar, new Div(header, body(message, mine, viewerIsHost), buttons(message, mine, viewerIsHost, actions)));
    }

    private static com.vaadin.flow.component.Component body(ChatMessage message, boolean mine, boolean viewerIsHost) {
        return switch (message.status()) {
            case VISIBLE -> new Html(message.html());
            case DELETED -> note("Message deleted by its author");
            case HIDDEN -> mine || viewerIsHost
                    ? new Div(note(mine ? "Hidden by a host; only you and the hosts see it" : "Hidden by a host"),
                            new Html(message.html()))
                    : note("Hidden by a host");
        };
    }

    private static Span note(String text) {
        var note = new Span(text);
        note.addClassName("message-note");
        return note;
    }

    private static Div buttons(ChatMessage message, boolean mine, boolean viewerIsHost, Actions actions) {
        var row = new Div();
        row.addClassName("message-actions");
        if (message.status() != Status.VISIBLE) {
            return row;
        }
        row.add(button("Reply", message, () -> actions.reply(message)));
        if (mine) {
            row.add(button("Edit", message, () -> actions.edit(message)),
                    button("Delete", message, () -> actions.delete(message)));
        }
        if (viewerIsHost && !mine) {
            row.add(button("Hide", message, () -> actions.hide(message)));
        }
        return row;
    }

    private static Button button(String text, ChatMessage message, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(text + " message by " + message.authorName());
        return button;
    }
}

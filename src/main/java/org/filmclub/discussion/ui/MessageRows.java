package org.filmclub.discussion.ui;

import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.ui.Times;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.ChatMessage.Status;
import org.filmclub.member.MemberProfile;
import org.jsoup.nodes.Entities;

/**
 * How one member's discussion list draws a message: one row of HTML, written on the server and sent as it is.
 * Every text a member wrote or chose goes through HTML escaping; only the message body, rendered and sanitised
 * once when it was written, is put in as HTML. A row's buttons name their action in {@code data-action}, which
 * the list hears with one listener for all rows.
 */
final class MessageRows {

    private final long viewerId;
    private final boolean viewerIsHost;
    private final ZoneId zone;

    MessageRows(long viewerId, boolean viewerIsHost, ZoneId zone) {
        this.viewerId = viewerId;
        this.viewerIsHost = viewerIsHost;
        this.zone = zone;
    }

    /** "5 min ago", as the row shows it at this instant. */
    String ago(ChatMessage message, Instant now) {
        return Times.relative(message.createdAt(), now, zone);
    }

    /**
     * @param parentAuthor the author of the message a reply answers, if it is loaded; null otherwise
     * @param ago the row's time, from {@link #ago}
     * @param moreReplies whether this thread starter has more replies than are loaded
     */
    String row(ChatMessage message, String parentAuthor, String ago, boolean moreReplies) {
        var author = Entities.escape(message.authorName());
        var visible = message.status() == Status.VISIBLE;
        var mine = message.authorId() == viewerId;
        var html = new StringBuilder(400 + message.html().length());
        html.append("<div class=\"message")
                .append(message.isReply() ? " reply" : "")
                .append("\" data-id=\"")
                .append(message.id())
                .append("\">")
                .append("<vaadin-avatar name=\"")
                .append(author)
                .append("\" abbr=\"")
                .append(Entities.escape(MemberProfile.initialsOf(message.authorName())))
                .append("\" theme=\"xsmall\" aria-hidden=\"true\" tabindex=\"-1\"></vaadin-avatar>")
                .append("<div class=\"message-main\"><div class=\"message-header\">")
                .append("<span class=\"message-author\">")
                .append(author)
                .append("</span> ")
                .append("<span class=\"message-time\" title=\"")
                .append(Entities.escape(Times.dateTime(message.createdAt(), zone)))
                .append("\">")
                .append(Entities.escape(ago))
                .append("</span>");
        if (visible && message.wasEdited()) {
            html.append(" <span class=\"message-edited\">edited</span>");
        }
        if (message.isReply() && parentAuthor != null) {
            var parent = Entities.escape(parentAuthor);
            html.append(' ').append(button("jump", "In reply to " + parent + ": show that message", "↑ " + parent));
        }
        html.append("</div><div>")
                .append(body(message, mine, viewerIsHost))
                .append("</div>")
                .append("<div class=\"message-actions\">");
        if (visible) {
            html.append(button("reply", "Reply to " + author, "Reply"));
            if (mine) {
                html.append(button("edit", "Edit your message", "Edit"))
                        .append(button("delete", "Delete your message", "Delete"));
            } else if (viewerIsHost) {
                html.append(button("hide", "Hide the message by " + author, "Hide"));
            }
        }
        if (moreReplies) {
            html.append(button("more", "Show more replies to " + author, "Show more replies"));
        }
        return html.append("</div></div></div>").toString();
    }

    /** @param label and text already escaped */
    private static String button(String action, String label, String text) {
        return "<vaadin-button theme=\"tertiary-inline small\" data-action=\"" + action + "\" aria-label=\"" + label
                + "\">" + text + "</vaadin-button>";
    }

    /** The body as HTML: the sanitised message, or a fixed note of what happened to it. */
    static String body(ChatMessage message, boolean mine, boolean viewerIsHost) {
        return switch (message.status()) {
            case VISIBLE -> message.html();
            case DELETED -> note("Message deleted by its author");
            case HIDDEN ->
                mine || viewerIsHost
                        ? note(mine ? "Hidden by a host; only you and the hosts see it" : "Hidden by a host")
                                + message.html()
                        : note("Hidden by a host");
        };
    }

    private static String note(String fixedText) {
        return "<span class=\"message-note\">" + fixedText + "</span>";
    }
}

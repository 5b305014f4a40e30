package org.filmclub.discussion.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.filmclub.base.ui.Times;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.ChatMessage.Status;
import org.filmclub.member.MemberProfile;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * How one member's discussion list draws a message: one row of HTML, written on the server and sent as it is.
 * The row is built as elements, so every text a member wrote or chose is escaped as it is written out; only the
 * message body, rendered and sanitised once when it was written, goes in as HTML. A row's buttons name their
 * action in {@code data-action}, which the list hears with one listener for all rows; a host's moderation of
 * another member's message sits behind a "⋯" button, whose menu the list opens.
 * <p>
 * A row depends only on the message, on how the viewer stands to it (its author, a host, another member), on
 * their time zone and on what the row shows around it. Rows are therefore written once and shared by every open
 * list: when a message reaches a room of a thousand, the members who see it alike get the same string.
 */
final class MessageRows {

    // Tags looked up once: a row is built for every open panel each time a message arrives.
    private static final Tag DIV = Tag.valueOf("div");
    private static final Tag SPAN = Tag.valueOf("span");
    private static final Tag AVATAR = Tag.valueOf("vaadin-avatar");
    private static final Tag BUTTON = Tag.valueOf("vaadin-button");
    /** The action of the button that opens a row's menu of moderation. */
    static final String MENU = "menu";
    /** How many written rows are kept for sharing; past it they are all let go and written again as needed. */
    static final int SHARED_ROWS = 4096;

    /** How a viewer stands to a message, the one thing about the viewer its row depends on. */
    enum Viewer {
        AUTHOR,
        HOST,
        MEMBER
    }

    /** Everything a row is written from. */
    record Row(ChatMessage message, Viewer viewer, ZoneId zone, String parentAuthor, String ago, boolean moreReplies) {}

    private static final Map<Row, String> WRITTEN = new ConcurrentHashMap<>();

    private final long viewerId;
    private final boolean viewerIsHost;
    private final ZoneId zone;
    /**
     * Holds the row being written out, for its output settings: written as it is built, with no indenting.
     * One list uses it, under its UI's lock.
     */
    private final Document page = new Document("");

    MessageRows(long viewerId, boolean viewerIsHost, ZoneId zone) {
        this.viewerId = viewerId;
        this.viewerIsHost = viewerIsHost;
        this.zone = zone;
        page.outputSettings().prettyPrint(false);
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
        var viewer = message.authorId() == viewerId ? Viewer.AUTHOR : viewerIsHost ? Viewer.HOST : Viewer.MEMBER;
        var row = new Row(message, viewer, zone, parentAuthor, ago, moreReplies);
        var html = WRITTEN.get(row);
        if (html == null) {
            html = write(row);
            if (WRITTEN.size() >= SHARED_ROWS) {
                WRITTEN.clear();
            }
            WRITTEN.put(row, html);
        }
        return html;
    }

    private String write(Row written) {
        var message = written.message();
        var parentAuthor = written.parentAuthor();
        var viewerIsHost = written.viewer() == Viewer.HOST;
        var author = message.authorName();
        var visible = message.status() == Status.VISIBLE;
        var mine = written.viewer() == Viewer.AUTHOR;
        var row = element(DIV, message.isReply() ? "message reply" : "message")
                .attr("data-id", Long.toString(message.id()));
        row.appendChild(new Element(AVATAR, "")
                .attr("name", author)
                .attr("abbr", MemberProfile.initialsOf(author))
                .attr("theme", "xsmall")
                .attr("aria-hidden", "true")
                .attr("tabindex", "-1"));
        var header = element(DIV, "message-header")
                .appendChild(element(SPAN, "message-author").appendText(author))
                .appendText(" ")
                .appendChild(element(SPAN, "message-time")
                        .attr("title", Times.dateTime(message.createdAt(), written.zone()))
                        .appendText(written.ago()));
        if (message.moment() != null) {
            header.appendText(" ")
                    .appendChild(button(
                                    "moment",
                                    "Film time " + message.moment().text() + ": show what was written near it",
                                    "⏱ " + message.moment().text())
                            .addClass("message-moment"));
        }
        if (visible && message.wasEdited()) {
            header.appendText(" ").appendChild(element(SPAN, "message-edited").appendText("edited"));
        }
        if (message.isReply() && parentAuthor != null) {
            header.appendText(" ")
                    .appendChild(
                            button("jump", "In reply to " + parentAuthor + ": show that message", "↑ " + parentAuthor));
        }
        var actions = element(DIV, "message-actions action-row");
        if (visible) {
            actions.appendChild(button("reply", "Reply to " + author, "Reply"));
            if (mine) {
                actions.appendChild(button("edit", "Edit your message", "Edit"))
                        .appendChild(button("delete", "Delete your message", "Delete"));
            }
        }
        if (written.moreReplies()) {
            actions.appendChild(button("more", "Show more replies to " + author, "Show more replies"));
        }
        if (visible && !mine && viewerIsHost) {
            // Moderation waits behind "⋯", after the actions every member has; the list opens its menu.
            actions.appendChild(button(MENU, "More actions", "⋯")
                    .attr("aria-haspopup", "menu")
                    .attr("title", "More actions")
                    .addClass("more-actions"));
        }
        row.appendChild(element(DIV, "message-main")
                .appendChild(header)
                .appendChild(body(new Element(DIV, ""), message, written.viewer()))
                .appendChild(actions));
        page.appendChild(row);
        var html = row.outerHtml();
        row.remove();
        return html;
    }

    private static Element element(Tag tag, String className) {
        return new Element(tag, "").attr("class", className);
    }

    private static Element button(String action, String label, String text) {
        return new Element(BUTTON, "")
                .attr("theme", "tertiary-inline small")
                .attr("data-action", action)
                .attr("aria-label", label)
                .appendText(text);
    }

    /** The body: the sanitised message, or a fixed note of what happened to it. */
    private static Element body(Element into, ChatMessage message, Viewer viewer) {
        var mine = viewer == Viewer.AUTHOR;
        switch (message.status()) {
            case VISIBLE -> into.appendChild(sanitised(message));
            case DELETED -> into.appendChild(note("Message deleted by its author"));
            case HIDDEN -> {
                if (mine || viewer == Viewer.HOST) {
                    into.appendChild(
                                    note(mine ? "Hidden by a host; only you and the hosts see it" : "Hidden by a host"))
                            .appendChild(sanitised(message));
                } else {
                    into.appendChild(note("Hidden by a host"));
                }
            }
        }
        return into;
    }

    /** The message's HTML, sanitised once when it was written, put in as it is. */
    private static DataNode sanitised(ChatMessage message) {
        return new DataNode(message.html());
    }

    private static Element note(String fixedText) {
        return element(SPAN, "message-note").appendText(fixedText);
    }
}

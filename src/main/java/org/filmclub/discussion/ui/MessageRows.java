package org.filmclub.discussion.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.LongFunction;
import org.filmclub.base.ui.Times;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.ChatMessage.Status;
import org.filmclub.member.MemberProfile;

/**
 * How the discussion list draws a message: a template the browser fills with a few values per row.
 * The server keeps no components per message, so a new message costs each open panel the values of
 * the rows in view, not a rebuilt tree of components. Text goes in through Lit's escaping bindings;
 * only the message body, rendered and sanitised once when it was written, is set as HTML.
 */
final class MessageRows {

    interface Actions {
        void reply(ChatMessage message);

        void edit(ChatMessage message);

        void delete(ChatMessage message);

        void hide(ChatMessage message);

        void jumpTo(long messageId);
    }

    private static final String TEMPLATE = """
            <div class="message ${item.reply ? 'reply' : ''}" data-id="${item.id}">
              <vaadin-avatar name="${item.author}" abbr="${item.initials}" theme="xsmall" aria-hidden="true" tabindex="-1"></vaadin-avatar>
              <div class="message-main">
                <div class="message-header">
                  <span class="message-author">${item.author}</span>
                  <span class="message-time" title="${item.at}">${item.ago}</span>
                  <span class="message-edited" ?hidden="${!item.edited}">edited</span>
                  <vaadin-button theme="tertiary-inline small" ?hidden="${!item.parent}" @click="${onJump}"
                      aria-label="In reply to ${item.parent}: show that message">↑ ${item.parent}</vaadin-button>
                </div>
                <div .innerHTML="${item.body}"></div>
                <div class="message-actions">
                  <vaadin-button theme="tertiary-inline small" ?hidden="${!item.canReply}" @click="${onReply}"
                      aria-label="Reply to ${item.author}">Reply</vaadin-button>
                  <vaadin-button theme="tertiary-inline small" ?hidden="${!item.mine}" @click="${onEdit}"
                      aria-label="Edit your message">Edit</vaadin-button>
                  <vaadin-button theme="tertiary-inline small" ?hidden="${!item.mine}" @click="${onDelete}"
                      aria-label="Delete your message">Delete</vaadin-button>
                  <vaadin-button theme="tertiary-inline small" ?hidden="${!item.canHide}" @click="${onHide}"
                      aria-label="Hide the message by ${item.author}">Hide</vaadin-button>
                </div>
              </div>
            </div>""";

    private MessageRows() {
    }

    /** @param parentAuthor the author of the message a reply answers, if it is loaded; null otherwise */
    static LitRenderer<ChatMessage> renderer(long viewerId, boolean viewerIsHost, ZoneId zone, Clock clock,
            LongFunction<String> parentAuthor, Actions actions) {
        return LitRenderer.<ChatMessage>of(TEMPLATE)
                .withProperty("id", ChatMessage::id)
                .withProperty("reply", ChatMessage::isReply)
                .withProperty("author", ChatMessage::authorName)
                .withProperty("initials", m -> MemberProfile.initialsOf(m.authorName()))
                .withProperty("ago", m -> Times.relative(m.createdAt(), clock.instant(), zone))
                .withProperty("at", m -> Times.dateTime(m.createdAt(), zone))
                .withProperty("edited", m -> m.wasEdited() && m.status() == Status.VISIBLE)
                .withProperty("parent", m -> m.isReply() ? orEmpty(parentAuthor.apply(m.replyTo())) : "")
                .withProperty("body", m -> body(m, m.authorId() == viewerId, viewerIsHost))
                .withProperty("canReply", m -> m.status() == Status.VISIBLE)
                .withProperty("mine", m -> m.status() == Status.VISIBLE && m.authorId() == viewerId)
                .withProperty("canHide", m -> m.status() == Status.VISIBLE && viewerIsHost && m.authorId() != viewerId)
                .withFunction("onJump", m -> actions.jumpTo(m.replyTo()))
                .withFunction("onReply", actions::reply)
                .withFunction("onEdit", actions::edit)
                .withFunction("onDelete", actions::delete)
                .withFunction("onHide", actions::hide);
    }

    /** The body as HTML: the sanitised message, or a fixed note of what happened to it. */
    static String body(ChatMessage message, boolean mine, boolean viewerIsHost) {
        return switch (message.status()) {
            case VISIBLE -> message.html();
            case DELETED -> note("Message deleted by its author");
            case HIDDEN -> mine || viewerIsHost
                    ? note(mine ? "Hidden by a host; only you and the hosts see it" : "Hidden by a host") + message.html()
                    : note("Hidden by a host");
        };
    }

    private static String note(String fixedText) {
        return "<span class=\"message-note\">" + fixedText + "</span>";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

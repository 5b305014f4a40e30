package org.filmclub.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filmclub.discussion.ChatMessage;

/**
 * The messages of one member's discussion panel, newest at the bottom, as rows of HTML the browser keeps.
 * <p>
 * A new message costs each open panel one row of HTML inserted where it belongs, in the push that carries it;
 * an edit, one row replaced; the passing minutes, the times that changed. Nothing is sent again that the
 * browser already has, and the browser asks for nothing. The server keeps the messages and the time each row
 * shows, not components.
 * <p>
 * Every change is numbered: the browser applies it only on top of the change before it. A browser whose rows
 * were lost or built anew (a reconnect that rebuilt the page, the panel attached again) asks for all of them
 * once, and gets them.
 */
@Tag("div")
public class MessageList extends Component implements HasStyle, HasSize {

    /** What a click on a row's button tells the server: that it was on a button, which action, which message. */
    public static final String ON_BUTTON = "!!event.target.closest('[data-action]')";

    public static final String ACTION = "event.target.closest('[data-action]')?.dataset.action";
    public static final String MESSAGE = "event.target.closest('.message')?.dataset.id";
    /** What a scroll tells the server, in a scroll event that is sent only near the top. */
    public static final String NEAR_THE_TOP = "element.scrollTop < 80";
    /** The start of the script that draws every row: the rows' HTML, then the number of the last change in them. */
    public static final String DRAW_ALL = "this.innerHTML = $0; this.__rows = $1;";

    /**
     * Teaches the list which clicks open the row menu (the "⋯" buttons; any other click stays the browser's) and
     * which row it is for.
     */
    private static final String MENU_TARGET = "this.preventContextMenu = e => e.type !== 'click'"
            + " || !e.target.closest('[data-action=" + MessageRows.MENU + "]');"
            + " this.getContextMenuBeforeOpenDetail = e => ({message: e.target.closest('.message')?.dataset.id || ''});";

    /**
     * Puts a new row before the row now at its place, or last; the member's own brings it into view, and a list read
     * at its bottom stays there. Defined with the rows, so that each new message carries only its row, not this.
     */
    private static final String DEFINE_INSERT =
            """
            this.__insert = (at, html, mine) => {
              const end = this.scrollHeight - this.scrollTop - this.clientHeight < 80;
              const next = this.children[at];
              if (next) { next.insertAdjacentHTML('beforebegin', html); } else { this.insertAdjacentHTML('beforeend', html); }
              if (mine) { (next ? next.previousElementSibling : this.lastElementChild).scrollIntoView({block: 'nearest'}); }
              else if (end && !next) { this.scrollTop = this.scrollHeight; }
            };""";

    /** Where {@link #change} checks that the browser holds the rows the change applies to. */
    private static final String IN_STEP = "if (this.__rows !== $0) { this.dispatchEvent(new CustomEvent('rows-lost'));"
            + " return; } this.__rows = $1; ";

    interface Actions {
        void reply(ChatMessage message);

        void edit(ChatMessage message);

        void delete(ChatMessage message);

        void hide(ChatMessage message);

        void loadEarlier();

        void moreReplies(ChatMessage threadStarter);

        /** The member clicked a message's film time: what else was written near it. */
        void nearMoment(ChatMessage message);
    }

    /** A message and the time its row shows now, so that a minute sends only the times that changed. */
    private record Shown(ChatMessage message, String ago) {}

    private final MessageRows rows;
    /** One menu for every row's "⋯", filled for the row it opens on. */
    private final RowMenu menu;

    private final List<Shown> shown = new ArrayList<>();
    /** Threads with more replies than loaded: the thread starter's id, then the last of its first replies loaded. */
    private final Map<Long, Long> moreReplies = new HashMap<>();

    private boolean hasEarlier;
    /**
     * The highest message id shown; 0 when none. A message above it, as nearly every new one is, is not shown yet
     * and, unless it is a reply, goes last: found without looking through the rows.
     */
    private long newest;
    /** The number of the last change sent; the browser holds it once it has applied that change. */
    private int version;
    /** Whether the browser has been sent all rows since this list was last attached. */
    private boolean rendered;

    MessageList(MessageRows rows, Actions actions) {
        this.rows = rows;
        addClassName("discussion-list");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Messages");
        // A scrolling area must be reachable from the keyboard to be scrolled with it.
        getElement().setAttribute("tabindex", "0");
        getElement()
                .addEventListener("click", e -> clicked(e.getEventData(), actions))
                .addEventData(ACTION)
                .addEventData(MESSAGE)
                .setFilter(ON_BUTTON);
        getElement()
                .addEventListener("scroll", e -> actions.loadEarlier())
                .setFilter(NEAR_THE_TOP)
                .debounce(200);
        getElement().addEventListener("rows-lost", e -> render());
        // The browser says it drew the rows, in a request whose answer is nearly empty. Vaadin keeps each tab's
        // last answer until its next request, and the answer that drew the rows holds all of them: without this,
        // a member who only reads would keep that copy on the server for as long as the page is open.
        getElement().addEventListener("rows-drawn", e -> {});
        addDetachListener(e -> rendered = false);
        menu = new RowMenu(actions);
        menu.setTarget(this);
        menu.setOpenOnClick(true);
        addAttachListener(e -> getElement().executeJs(MENU_TARGET));
    }

    /** A host's moderation of the message whose "⋯" was pressed. */
    final class RowMenu extends ContextMenu {

        private final Actions actions;

        RowMenu(Actions actions) {
            this.actions = actions;
        }

        @Override
        protected boolean onBeforeOpenMenu(JsonObject detail) {
            removeAll();
            var message = detail == null ? null : messageIn(detail, "message");
            if (message == null || message.status() != ChatMessage.Status.VISIBLE) {
                return false;
            }
            addItem("Hide…", e -> actions.hide(message)).setAriaLabel("Hide the message by " + message.authorName());
            return true;
        }
    }

    /** The message a browser names by id under this key, if this list shows it. */
    private ChatMessage messageIn(JsonObject data, String key) {
        if (!data.hasKey(key)
                || data.get(key).getType() != JsonType.STRING
                || !data.getString(key).matches("\\d{1,18}")) {
            return null;
        }
        var index = indexOf(Long.parseLong(data.getString(key)));
        return index < 0 ? null : message(index);
    }

    /** The messages a panel opens with; drawn when the list is {@link #render rendered}. */
    void open(List<ChatMessage> messages, boolean hasEarlier, Set<Long> withMoreReplies, Instant now) {
        shown.clear();
        moreReplies.clear();
        messages.forEach(message -> shown.add(new Shown(message, rows.ago(message, now))));
        newest = messages.stream().mapToLong(ChatMessage::id).max().orElse(0);
        this.hasEarlier = hasEarlier;
        loadedUpTo(messages, withMoreReplies);
    }

    /** Remembers, for each thread with more replies, the last reply loaded, where the next ones start. */
    private void loadedUpTo(List<ChatMessage> messages, Set<Long> withMoreReplies) {
        withMoreReplies.forEach(root -> moreReplies.put(root, root));
        messages.stream()
                .filter(m -> m.isReply() && withMoreReplies.contains(m.replyTo()))
                .forEach(m -> moreReplies.merge(m.replyTo(), m.id(), Math::max));
    }

    /** The last reply loaded of a thread with more, after which the next ones start; empty when all are loaded. */
    Optional<Long> moreRepliesAfter(long threadStarterId) {
        return Optional.ofNullable(moreReplies.get(threadStarterId));
    }

    /** Puts the next replies of a thread in their places; its "more replies" button goes once it has no more. */
    void addReplies(long threadStarterId, List<ChatMessage> replies, boolean hasMore, Instant now) {
        moreReplies.remove(threadStarterId);
        replies.forEach(reply -> merge(reply, false, now));
        if (hasMore && !replies.isEmpty()) {
            moreReplies.put(threadStarterId, replies.get(replies.size() - 1).id());
        } else {
            moreReplies.remove(threadStarterId);
        }
        var root = indexOf(threadStarterId);
        if (root >= 0) {
            change("this.children[$2].outerHTML = $3;", root, html(root));
        }
    }

    /** Sends every row, scrolled to the newest; done once the panel is attached and whenever the browser asks. */
    void render() {
        var html = new StringBuilder();
        for (var i = 0; i < shown.size(); i++) {
            html.append(html(i));
        }
        rendered = true;
        getElement()
                .executeJs(
                        DRAW_ALL + DEFINE_INSERT + " this.scrollTop = this.scrollHeight;"
                                + " this.dispatchEvent(new CustomEvent('rows-drawn'));",
                        html.toString(),
                        version);
    }

    /**
     * Puts a message in its place: thread starters by id, each reply after its thread's earlier replies; a
     * message already shown is replaced. A message that belongs among the earlier threads not loaded, to a
     * thread not loaded, or among a thread's replies not loaded yet (unless the viewer just sent it), is left out.
     *
     * @param mine whether the viewer sent it just now, which brings its row into view
     */
    void merge(ChatMessage message, boolean mine, Instant now) {
        var existing = message.id() > newest ? -1 : indexOf(message.id());
        var row = new Shown(message, rows.ago(message, now));
        if (existing >= 0) {
            if (message(existing).equals(message)) {
                return; // the poster's own panel, hearing from the bus what it showed when it sent
            }
            shown.set(existing, row);
            change("this.children[$2].outerHTML = $3;", existing, html(existing));
            return;
        }
        var loadedUpTo = message.isReply() ? moreReplies.get(message.replyTo()) : null;
        if (!mine && loadedUpTo != null && message.id() > loadedUpTo) {
            return; // among the thread's replies not loaded yet: "Show more replies" brings it, in its place
        }
        var at = placeOf(message);
        if (at < 0) {
            return;
        }
        shown.add(at, row);
        newest = Math.max(newest, message.id());
        change("this.__insert($2, $3, $4);", at, html(at), mine);
    }

    private int placeOf(ChatMessage message) {
        if (message.isReply()) {
            var root = indexOf(message.replyTo());
            if (root < 0) {
                return -1;
            }
            var at = root + 1;
            while (at < shown.size() && message(at).isReply() && message(at).id() < message.id()) {
                at++;
            }
            return at;
        }
        if (message.id() > newest) {
            return shown.size();
        }
        var first = firstThread();
        if (hasEarlier && first.isPresent() && message.id() < first.get().id()) {
            return -1;
        }
        for (var i = 0; i < shown.size(); i++) {
            if (!message(i).isReply() && message(i).id() > message.id()) {
                return i;
            }
        }
        return shown.size();
    }

    /** Puts the page of earlier threads above the rows shown, keeping in view what was in view. */
    void prepend(List<ChatMessage> earlier, boolean hasEvenEarlier, Set<Long> withMoreReplies, Instant now) {
        for (var i = 0; i < earlier.size(); i++) {
            shown.add(i, new Shown(earlier.get(i), rows.ago(earlier.get(i), now)));
            newest = Math.max(newest, earlier.get(i).id());
        }
        hasEarlier = hasEvenEarlier;
        loadedUpTo(earlier, withMoreReplies);
        var html = new StringBuilder();
        for (var i = 0; i < earlier.size(); i++) {
            html.append(html(i));
        }
        change(
                "const h = this.scrollHeight; this.insertAdjacentHTML('afterbegin', $2); this.scrollTop += this.scrollHeight - h;",
                html.toString());
    }

    /** Writes "5 min ago" anew where the passing time changed it; sends nothing when no row changed. */
    void timePassed(Instant now) {
        var changed = Json.createArray();
        for (var i = 0; i < shown.size(); i++) {
            var ago = rows.ago(message(i), now);
            if (!ago.equals(shown.get(i).ago())) {
                shown.set(i, new Shown(message(i), ago));
                var pair = Json.createArray();
                pair.set(0, i);
                pair.set(1, ago);
                changed.set(changed.length(), pair);
            }
        }
        if (changed.length() > 0) {
            change(
                    "for (const [i, ago] of $2) { this.children[i].querySelector('.message-time').textContent = ago; }",
                    changed);
        }
    }

    /** Brings the message into view, if it is loaded. */
    void scrollTo(long messageId) {
        if (indexOf(messageId) >= 0) {
            getElement()
                    .executeJs(
                            "const row = this.querySelector(`[data-id=\"${$0}\"]`);"
                                    + " if (row) { row.scrollIntoView({block: 'center'}); }",
                            String.valueOf(messageId));
        }
    }

    /** Sends a change to the browser, numbered; until the rows are rendered, the next render carries it. */
    private void change(String script, Serializable... args) {
        if (!rendered) {
            return;
        }
        var numbered = new Serializable[args.length + 2];
        numbered[0] = version;
        numbered[1] = ++version;
        System.arraycopy(args, 0, numbered, 2, args.length);
        getElement().executeJs(IN_STEP + script, numbered);
    }

    private void clicked(JsonObject data, Actions actions) {
        if (!data.hasKey(ACTION)
                || !data.hasKey(MESSAGE)
                || data.get(MESSAGE).getType() != JsonType.STRING
                || !data.getString(MESSAGE).matches("\\d{1,18}")) {
            return;
        }
        var index = indexOf(Long.parseLong(data.getString(MESSAGE)));
        if (index < 0 || data.get(ACTION).getType() != JsonType.STRING) {
            return;
        }
        var message = message(index);
        switch (data.getString(ACTION)) {
            case "reply" -> actions.reply(message);
            case "edit" -> actions.edit(message);
            case "delete" -> actions.delete(message);
            case "moment" -> {
                if (message.moment() != null) {
                    actions.nearMoment(message);
                }
            }
            case "jump" -> scrollTo(message.replyTo() == null ? message.id() : message.replyTo());
            case "more" -> {
                if (moreReplies.containsKey(message.id())) {
                    actions.moreReplies(message);
                }
            }
            default -> {
                // A button this list does not draw.
            }
        }
    }

    boolean hasEarlier() {
        return hasEarlier;
    }

    Optional<ChatMessage> firstThread() {
        return shown.stream().map(Shown::message).filter(m -> !m.isReply()).findFirst();
    }

    long lastId() {
        return newest;
    }

    private int indexOf(long id) {
        for (var i = 0; i < shown.size(); i++) {
            if (message(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The menu a host's "⋯" on a row opens. */
    public ContextMenu rowMenu() {
        return menu;
    }

    /** How many rows the browser has been sent. */
    public int size() {
        return shown.size();
    }

    /** The message of a row, from the top. */
    public ChatMessage message(int index) {
        return shown.get(index).message();
    }

    /** The row's HTML, exactly as the browser was sent it. */
    public String html(int index) {
        var message = message(index);
        String parent = null;
        if (message.isReply()) {
            var root = indexOf(message.replyTo());
            parent = root < 0 ? null : message(root).authorName();
        }
        return rows.row(message, parent, shown.get(index).ago(), moreReplies.containsKey(message.id()));
    }
}

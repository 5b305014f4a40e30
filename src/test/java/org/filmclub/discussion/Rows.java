package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import elemental.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.filmclub.discussion.ui.MessageList;
import org.jsoup.Jsoup;

/**
 * The discussion list as a member sees and uses it in Karibu: each row as the browser was sent it, and the
 * row's buttons, pressed as the browser reports a click on them.
 */
final class Rows {

    private Rows() {}

    static MessageList list() {
        return _get(MessageList.class, spec -> spec.withClasses("discussion-list"));
    }

    static int count() {
        return list().size();
    }

    static ChatMessage item(int index) {
        return list().message(index);
    }

    /** The row's visible text, its HTML read as a browser would. */
    static String text(int index) {
        return Jsoup.parseBodyFragment(html(index)).text();
    }

    static String html(int index) {
        return list().html(index);
    }

    /**
     * Presses a row's button: the click the browser reports, with the action and message the list asks for.
     * A row without that button cannot be pressed.
     */
    static void press(int index, String action) {
        var button = Jsoup.parseBodyFragment(html(index)).selectFirst("[data-action=" + action + "]");
        if (button == null) {
            throw new AssertionError("Row " + index + " has no " + action + " button: " + text(index));
        }
        var click = Json.createObject();
        click.put(MessageList.ON_BUTTON, true);
        click.put(MessageList.ACTION, button.attr("data-action"));
        click.put(MessageList.MESSAGE, button.closest(".message").attr("data-id"));
        BasicUtilsKt._fireDomEvent(list(), "click", click);
    }

    /**
     * Picks an action from a row's "⋯" menu: the browser reports the press of that button to the menu, which
     * fills itself for the row. A row without the button cannot open it.
     */
    static void fromMoreActions(int index, String action) {
        var button = Jsoup.parseBodyFragment(html(index)).selectFirst("[data-action=menu]");
        if (button == null) {
            throw new AssertionError("Row " + index + " has no More actions button: " + text(index));
        }
        if (!button.attr("aria-label").equals("More actions")) {
            throw new AssertionError("The menu button is not named More actions: " + button);
        }
        var detail = Json.createObject();
        detail.put("message", button.closest(".message").attr("data-id"));
        var open = Json.createObject();
        open.put("event.detail", detail);
        BasicUtilsKt._fireDomEvent(list(), "vaadin-context-menu-before-open", open);
        ContextMenuKt._clickItemWithCaption(list().rowMenu(), action);
    }

    static List<String> texts() {
        var rows = new ArrayList<String>();
        for (var i = 0; i < count(); i++) {
            rows.add(text(i));
        }
        return rows;
    }
}

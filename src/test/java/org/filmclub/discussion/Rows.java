package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
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

    static List<String> texts() {
        var rows = new ArrayList<String>();
        for (var i = 0; i < count(); i++) {
            rows.add(text(i));
        }
        return rows;
    }
}

package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.filmclub.Screen;
import org.filmclub.discussion.ui.MessageList;

/** What the server sent, or would send, to the current member's browser: for tests that prove what it never gets. */
final class Sent {

    private Sent() {}

    /** The whole UI tree as {@link Screen#everythingSent()} reads it, and each discussion row's HTML as sent. */
    static String everything() {
        var all = new StringBuilder(Screen.everythingSent());
        _find(MessageList.class).forEach(list -> {
            for (var i = 0; i < list.size(); i++) {
                all.append(list.html(i)).append('\n');
            }
        });
        return all.toString();
    }

    /** Every text, attribute and property of one element and all below it. */
    static String within(Element element) {
        var all = new StringBuilder();
        Screen.collect(element, all);
        return all.toString();
    }

    /** The visible "N messages from later in the film" line; empty when none shows. */
    static String heldBackLine() {
        return _find(Div.class, spec -> spec.withClasses("held-back")).stream()
                .filter(Div::isVisible)
                .map(div -> div.getElement().getTextRecursively())
                .findFirst()
                .orElse("");
    }
}

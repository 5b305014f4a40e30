package org.filmclub;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.List;

/** What a member sees right now in Karibu's mocked browser. */
public final class Screen {

    private Screen() {}

    public static String text() {
        return String.join(
                "\n", UI.getCurrent().getChildren().map(Screen::textOf).toList());
    }

    public static String textOf(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    /**
     * Everything the server holds for this browser in the whole UI tree: every element's text, attributes and
     * properties, virtual children (a dialog's, a virtual list's) included. For proving that something was not sent.
     */
    public static String everythingSent() {
        var all = new StringBuilder();
        collect(UI.getCurrent().getElement(), all);
        return all.toString();
    }

    /** Everything the server holds for the browser of this element and all it contains. */
    public static void collect(Element element, StringBuilder all) {
        all.append(element.getText()).append('\n');
        element.getAttributeNames()
                .forEach(name -> all.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames()
                .forEach(name -> all.append(element.getProperty(name, "")).append('\n'));
        element.getChildren().forEach(child -> collect(child, all));
        if (element.getNode().hasFeature(VirtualChildrenList.class)) {
            element.getNode()
                    .getFeatureIfInitialized(VirtualChildrenList.class)
                    .ifPresent(children -> children.forEachChild(node -> collect(Element.get(node), all)));
        }
    }

    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text", ""))
                .toList();
    }
}

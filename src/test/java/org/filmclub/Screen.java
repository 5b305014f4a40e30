package org.filmclub;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
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

    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text", ""))
                .toList();
    }
}

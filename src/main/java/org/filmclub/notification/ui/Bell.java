package org.filmclub.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Times;
import org.filmclub.member.MemberProfile;
import org.filmclub.notification.NotificationItem;
import org.filmclub.notification.NotificationService;
import org.filmclub.notification.NotificationsChanged;

/**
 * The bell with its unread count, kept current live, and the panel of recent notifications it
 * opens. A change to a member's notifications reaches only that member's open bells, each of which
 * counts anew; the list is read only when the panel opens.
 */
class Bell extends Div {

    static final int SHOWN = 20;

    private final NotificationService notifications;
    private final Clock clock;
    private final ZoneId zone;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph("No notifications yet.");
    private final Button markAllRead = new Button("Mark all as read", e -> markAllRead());

    Bell(NotificationService notifications, LiveBus bus, Clock clock, MemberProfile me) {
        this.notifications = notifications;
        this.clock = clock;
        this.zone = me.timeZone();
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.addClassName("bell-count");
        // The button's label already says the number; a screen reader should not read it twice.
        count.getElement().setAttribute("aria-hidden", "true");
        list.addClassName("notification-list");
        empty.addClassName("notification-empty");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var heading = new Span("Notifications");
        heading.addClassName("notification-heading");
        var panel = new Div(heading, list, empty, markAllRead);
        panel.addClassName("notification-panel");
        // The browser opens the popover on a click at once; the list follows when the server hears of it.
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Notifications");
        popover.add(panel);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                load();
            }
        });
        add(button, count, popover);
        show(notifications.unreadCount());
        LiveUpdates.follow(this, bus, NotificationsChanged.topic(me.id()), NotificationsChanged.class, e -> {
            show(notifications.unreadCount());
            if (popover.isOpened()) {
                load();
            }
        });
    }

    private void show(long unread) {
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel("Notifications, " + unread + " unread");
    }

    private void load() {
        var items = notifications.recent(SHOWN);
        list.removeAll();
        var now = clock.instant();
        items.forEach(item -> list.add(item(item, now)));
        list.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
        markAllRead.setEnabled(items.stream().anyMatch(item -> !item.read()));
    }

    private ListItem item(NotificationItem item, Instant now) {
        var link = new Anchor(item.link(), item.text());
        // Opening one counts as having seen them all: simpler than tracking each, and the list was in view.
        link.getElement().addEventListener("click", e -> {
            popover.close();
            markAllRead();
        });
        var when = new Span(Times.relative(item.createdAt(), now, zone));
        when.addClassName("notification-time");
        when.setTitle(Times.dateTime(item.createdAt(), zone));
        var row = new ListItem(link, when);
        if (!item.read()) {
            row.addClassName("unread");
            link.getElement().setAttribute("aria-label", "Unread: " + item.text());
        }
        return row;
    }

    private void markAllRead() {
        notifications.markAllRead();
        show(0);
        if (popover.isOpened()) {
            load();
        }
    }
}

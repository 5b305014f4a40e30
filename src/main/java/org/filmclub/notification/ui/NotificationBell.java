package org.filmclub.notification.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.member.CurrentMember;
import org.filmclub.notification.NotificationService;

/** The notification bell in the app bar, just before the member menu; nothing for a visitor who is not signed in. */
@org.springframework.stereotype.Component
class NotificationBell implements ShellPart {

    private final NotificationService notifications;
    private final CurrentMember currentMember;
    private final LiveBus bus;
    private final Clock clock;

    NotificationBell(NotificationService notifications, CurrentMember currentMember, LiveBus bus, Clock clock) {
        this.notifications = notifications;
        this.currentMember = currentMember;
        this.bus = bus;
        this.clock = clock;
    }

    @Override
    public Place place() {
        return Place.APP_BAR;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create() {
        return currentMember.find().map(me -> new Bell(notifications, bus, clock, me));
    }
}

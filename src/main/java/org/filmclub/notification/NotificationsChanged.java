package org.filmclub.notification;

import org.filmclub.base.live.LiveEvent;

/** A member's unread count changed; it carries the new count, so no screen reads the database for it. */
public record NotificationsChanged(long memberId, long unread) implements LiveEvent {

    public static String topic(long memberId) {
        return "member:" + memberId;
    }

    @Override
    public String topic() {
        return topic(memberId);
    }
}

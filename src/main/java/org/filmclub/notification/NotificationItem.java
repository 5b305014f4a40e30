package org.filmclub.notification;

import java.time.Instant;

/**
 * One notification as its member's list shows it.
 *
 * @param link an address inside the app, relative to its root
 */
public record NotificationItem(
        long id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {}

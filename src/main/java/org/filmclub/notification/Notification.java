package org.filmclub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

@Entity
@Table(name = "notifications")
class Notification extends AbstractEntity {

    static final int TEXT_MAX = 300;

    @Column(nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant readAt;

    protected Notification() {}

    Notification(long memberId, long clubId, NotificationKind kind, String text, String link, Instant createdAt) {
        this.memberId = memberId;
        this.clubId = clubId;
        this.kind = kind;
        // Names and titles have limits of their own, but the column must never be the reason a post fails.
        this.text = text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationItem toItem() {
        return new NotificationItem(getId(), kind, text, link, createdAt, readAt != null);
    }
}

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

    /** The message a reply or mention is about, so its mail can quote it as it reads then. */
    @Column(updatable = false)
    private Long messageId;

    /** Still to be looked at by {@link ReplyMails}: true for replies and mentions until mailed or let go. */
    @Column(nullable = false)
    private boolean mailPending;

    private Instant mailedAt;

    protected Notification() {}

    Notification(
            long memberId,
            long clubId,
            NotificationKind kind,
            String text,
            String link,
            Instant createdAt,
            Long messageId) {
        this.memberId = memberId;
        this.messageId = messageId;
        this.mailPending = kind.goesByMail();
        this.clubId = clubId;
        this.kind = kind;
        // Names and titles have limits of their own, but the column must never be the reason a post fails.
        this.text = text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
        this.link = link;
        this.createdAt = createdAt;
    }

    Notification(long memberId, long clubId, NotificationKind kind, String text, String link, Instant createdAt) {
        this(memberId, clubId, kind, text, link, createdAt, null);
    }

    long memberId() {
        return memberId;
    }

    long clubId() {
        return clubId;
    }

    String text() {
        return text;
    }

    String link() {
        return link;
    }

    Long messageId() {
        return messageId;
    }

    Instant createdAt() {
        return createdAt;
    }

    NotificationItem toItem() {
        return new NotificationItem(getId(), kind, text, link, createdAt, readAt != null);
    }
}

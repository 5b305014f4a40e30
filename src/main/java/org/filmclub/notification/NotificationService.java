package org.filmclub.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.filmclub.base.AppPaths;
import org.filmclub.club.ClubAccess;
import org.filmclub.discussion.MessagePosted;
import org.filmclub.member.CurrentMember;
import org.filmclub.screening.ScreeningChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: written when something happens to a member elsewhere in the app, read only by
 * that member. No method takes a member's id from outside, so nobody can read another's list.
 */
@Service
public class NotificationService {

    static final int RECENT_MAX = 50;

    private final NotificationRepository notifications;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClubAccess access;

    NotificationService(
            NotificationRepository notifications,
            CurrentMember currentMember,
            ApplicationEventPublisher events,
            Clock clock,
            ClubAccess access) {
        this.access = access;
        this.notifications = notifications;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells the replied-to author and every mentioned member. A plain listener on purpose: it runs
     * inside the poster's transaction, so a message and its notifications commit or vanish together.
     * A member both answered and mentioned hears of it once, as a reply; nobody hears of their own post.
     */
    @EventListener
    @Transactional
    public void messagePosted(MessagePosted posted) {
        var message = posted.message();
        var recipients = new LinkedHashMap<Long, NotificationKind>();
        if (posted.repliedToAuthorId() != null) {
            recipients.put(posted.repliedToAuthorId(), NotificationKind.REPLY);
        }
        if (posted.mentionedMemberIds() != null) {
            posted.mentionedMemberIds().forEach(id -> recipients.putIfAbsent(id, NotificationKind.MENTION));
        }
        recipients.remove(message.authorId());
        // Someone who left the club hears nothing more from it.
        recipients.keySet().retainAll(access.currentMembersAmong(posted.clubId(), recipients.keySet()));
        var link = AppPaths.message(posted.clubSlug(), message.filmId(), message.id());
        recipients.forEach((memberId, kind) -> notifications.save(new Notification(
                memberId,
                posted.clubId(),
                kind,
                kind.describe(message.authorName(), posted.filmTitle()),
                link,
                clock.instant(),
                message.id())));
        arrived(recipients.keySet());
    }

    /** Tells members what changed about a screening they answered, in the same transaction as the change. */
    @EventListener
    @Transactional
    public void screeningChanged(ScreeningChanged change) {
        var title = change.filmTitle();
        var text =
                switch (change.what()) {
                    case TIME_CHANGED -> "The screening of " + title + " has a new time";
                    case PLACE_CHANGED -> "The screening of " + title + " has a new place";
                    case CANCELLED -> "The screening of " + title + " was cancelled";
                    case SEAT_FREED -> "A seat freed up: you are going to the screening of " + title;
                    case MOVED_TO_WAITLIST ->
                        "The screening of " + title + " has fewer seats: you are on the waitlist for the next free one";
                    case STARTS_SOON -> "The screening of " + title + " starts soon";
                };
        var kind =
                switch (change.what()) {
                    case SEAT_FREED, MOVED_TO_WAITLIST -> NotificationKind.WAITLIST;
                    case STARTS_SOON -> NotificationKind.REMINDER;
                    default -> NotificationKind.SCREENING;
                };
        var current = access.currentMembersAmong(change.clubId(), change.recipients());
        var recipients = change.recipients().stream().filter(current::contains).toList();
        recipients.forEach(memberId -> notifications.save(
                new Notification(memberId, change.clubId(), kind, text, change.link(), clock.instant())));
        arrived(recipients);
    }

    /** Tells the recipients' open bells, once the notifications are committed; nobody is told of a message for no one. */
    private void arrived(Collection<Long> recipients) {
        recipients.forEach(memberId -> events.publishEvent(new NotificationsChanged(memberId)));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByMemberIdAndReadAtIsNull(
                currentMember.require().id());
    }

    /** The current member's newest notifications first, read or not; at most {@value #RECENT_MAX}. */
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        var me = currentMember.require().id();
        return notifications.findRecent(me, Limit.of(Math.max(1, Math.min(limit, RECENT_MAX)))).stream()
                .map(Notification::toItem)
                .toList();
    }

    @Transactional
    public void markAllRead() {
        var me = currentMember.require().id();
        notifications.markAllRead(me, clock.instant());
        // Every open tab of this member shows zero, not only the one where it was clicked.
        events.publishEvent(new NotificationsChanged(me));
    }
}

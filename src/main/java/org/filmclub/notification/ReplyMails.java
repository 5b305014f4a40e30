package org.filmclub.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails replies and mentions a member has not read in the app within {@code
 * filmclub.mail.replies.unread-for} (ten minutes), gathered into at most one mail per member per
 * {@code filmclub.mail.replies.window} (a quarter hour, counted from the hour). Runs at each window's
 * start ({@code filmclub.mail.replies.cron}), so everything due by then goes in one mail.
 *
 * <p>Nothing goes twice, whatever runs: each member's rows are taken off the list with one conditional
 * update in the same transaction that writes the mail to the outbox, and the mail's idempotency key names
 * the member and the window, so a second node or a run after a restart in the same window writes nothing
 * and leaves the rows for the next window.
 */
@Component
class ReplyMails {

    /** Members served in one run; more wait for the next. */
    static final int MEMBERS_PER_RUN = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ReplyMails.class);

    private final ReplyMailer mailer;
    private final NotificationRepository notifications;
    private final Clock clock;
    private final Duration unreadFor;
    private final Duration window;

    ReplyMails(
            ReplyMailer mailer,
            NotificationRepository notifications,
            Clock clock,
            @Value("${filmclub.mail.replies.unread-for:PT10M}") Duration unreadFor,
            @Value("${filmclub.mail.replies.window:PT15M}") Duration window) {
        this.mailer = mailer;
        this.notifications = notifications;
        this.clock = clock;
        this.unreadFor = unreadFor;
        this.window = window;
    }

    @Scheduled(cron = "${filmclub.mail.replies.cron:0 */15 * * * *}")
    void sendDue() {
        var now = clock.instant();
        var run = new ReplyMailer.Run(now, now.minus(unreadFor), windowStart(now), unreadFor);
        for (var memberId : notifications.findMembersDueForMail(run.cutoff(), Limit.of(MEMBERS_PER_RUN))) {
            try {
                mailer.mailMember(memberId, run);
            } catch (RuntimeException e) {
                // One member's trouble (a mail refused by the outbox's checks) must not hold up the rest.
                log.warn("Replies for member {} were not mailed; they wait for the next run", memberId, e);
            }
        }
    }

    /** The start of the window {@code now} falls in, counted from the epoch (so from the hour). */
    Instant windowStart(Instant now) {
        var seconds = window.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }
}

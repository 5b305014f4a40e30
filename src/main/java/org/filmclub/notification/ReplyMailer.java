package org.filmclub.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmclub.base.AppPaths;
import org.filmclub.base.PublicUrl;
import org.filmclub.base.mail.MailOutbox;
import org.filmclub.base.mail.MailTemplate;
import org.filmclub.club.ClubAccess;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.member.MailKind;
import org.filmclub.member.MailRecipient;
import org.filmclub.member.MemberMail;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** One member's unread replies and mentions, in one mail: the work {@link ReplyMails} does per member. */
@Service
class ReplyMailer {

    /** Replies and mentions listed in one mail; the rest are counted ("and 4 more"). */
    static final int LISTED_MAX = 20;
    /** Rows one mail settles; a member with more hears of the rest in the next window. */
    static final int ROWS_MAX = 200;

    static final int EXCERPT_MAX = 200;

    static final MailTemplate REPLIES = MailTemplate.of(
            "{{subject}}",
            """
            Hello {{name}},

            you have not read these in Filmclub yet:

            {{#items}}{{what}}
              "{{excerpt}}"
              {{link}}

            {{/items}}{{#more}}And {{count}} more: {{link}}

            {{/more}}Replies and mentions you have not read after {{minutes}} minutes come by mail, at most one mail a quarter hour.
            {{#unsubscribe}}To get no more of these mails: {{link}}
            {{/unsubscribe}}""",
            """
            <p>Hello {{name}},</p>
            <p>you have not read these in Filmclub yet:</p>
            <ul>
            {{#items}}<li><p><a href="{{link}}">{{what}}</a></p><blockquote>{{excerpt}}</blockquote></li>
            {{/items}}</ul>
            {{#more}}<p>And <a href="{{link}}">{{count}} more</a>.</p>
            {{/more}}<p>Replies and mentions you have not read after {{minutes}} minutes come by mail, at most one mail a quarter hour.</p>
            {{#unsubscribe}}<p><a href="{{link}}">Get no more of these mails</a></p>
            {{/unsubscribe}}""");

    private final NotificationRepository notifications;
    private final MemberMail memberMail;
    private final ClubAccess access;
    private final DiscussionService discussion;
    private final PublicUrl publicUrl;
    private final MailOutbox outbox;

    ReplyMailer(
            NotificationRepository notifications,
            MemberMail memberMail,
            ClubAccess access,
            DiscussionService discussion,
            PublicUrl publicUrl,
            MailOutbox outbox) {
        this.notifications = notifications;
        this.memberMail = memberMail;
        this.access = access;
        this.discussion = discussion;
        this.publicUrl = publicUrl;
        this.outbox = outbox;
    }

    /**
     * Mails the member's replies and mentions unread since {@code cutoff}, and takes them off the list; those
     * about a club the member left or a message taken back are let go unmailed, and all of them when the
     * member wants no such mail. Changes nothing when a run elsewhere took some first, or when this
     * member's mail for the window went already: they wait for the next run.
     */
    @Transactional
    public void mailMember(long memberId, Run run) {
        var rows = notifications.findDueForMail(memberId, run.cutoff(), Limit.of(ROWS_MAX));
        if (rows.isEmpty()) {
            return;
        }
        var ids = rows.stream().map(Notification::getId).toList();
        if (notifications.settleMail(ids) != ids.size()) {
            // A read or another run got to some of them first: look again next time.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return;
        }
        var recipient = memberMail.recipient(memberId, MailKind.REPLIES);
        if (recipient.isEmpty()) {
            return;
        }
        var listed = stillToTell(memberId, rows);
        if (listed.isEmpty() || publicUrl.of(AppPaths.clubs()).isEmpty()) {
            return;
        }
        var mail = recipient
                .get()
                .mail(content(recipient.get(), listed, run.unreadFor()), MailKind.REPLIES)
                .withKey("replies:" + memberId + ":" + run.windowStart().getEpochSecond());
        if (!outbox.enqueue(mail)) {
            // This window's mail went already; these go in the next one.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return;
        }
        notifications.markMailed(listed.stream().map(item -> item.row().getId()).toList(), run.now());
    }

    /**
     * One run of the job.
     *
     * @param cutoff rows written after this are too new to mail
     * @param windowStart the start of the window whose one mail this is
     */
    record Run(Instant now, Instant cutoff, Instant windowStart, Duration unreadFor) {}

    private record Item(Notification row, String excerpt) {}

    /** The rows about clubs the member is still in and messages still there, each with its excerpt. */
    private List<Item> stillToTell(long memberId, List<Notification> rows) {
        var clubs = rows.stream().map(Notification::clubId).collect(Collectors.toSet());
        var stillIn = clubs.stream()
                .filter(clubId ->
                        !access.currentMembersAmong(clubId, Set.of(memberId)).isEmpty())
                .collect(Collectors.toSet());
        var messageIds = rows.stream()
                .map(Notification::messageId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var excerpts = discussion.excerpts(messageIds, EXCERPT_MAX);
        var items = new ArrayList<Item>();
        for (var row : rows) {
            if (!stillIn.contains(row.clubId())) {
                continue;
            }
            if (row.messageId() == null) {
                items.add(new Item(row, ""));
            } else if (excerpts.containsKey(row.messageId())) {
                items.add(new Item(row, excerpts.get(row.messageId())));
            }
        }
        return items;
    }

    private org.filmclub.base.mail.MailContent content(MailRecipient recipient, List<Item> all, Duration unreadFor) {
        var listed = all.subList(0, Math.min(LISTED_MAX, all.size()));
        var more = all.size() - listed.size();
        var items = listed.stream()
                .map(item -> Map.of(
                        "what", item.row().text(),
                        "excerpt", item.excerpt(),
                        "link", link(item.row().link())))
                .toList();
        var values = new HashMap<String, Object>();
        values.put("subject", all.size() == 1 ? all.get(0).row().text() : subject(all));
        values.put("name", recipient.name());
        values.put("items", items);
        values.put("more", more == 0 ? List.of() : List.of(Map.of("count", more, "link", link(AppPaths.clubs()))));
        values.put("minutes", unreadFor.toMinutes());
        values.put(
                "unsubscribe",
                recipient.unsubscribeUrl() == null ? List.of() : List.of(Map.of("link", recipient.unsubscribeUrl())));
        return REPLIES.render(values);
    }

    private static String subject(List<Item> all) {
        return all.get(0).row().text() + ", and " + (all.size() - 1) + " more";
    }

    private String link(String path) {
        return publicUrl.of(path).orElseThrow();
    }
}

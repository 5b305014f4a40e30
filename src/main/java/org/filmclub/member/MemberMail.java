package org.filmclub.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmclub.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets which mail: a member's verified address, if they want mail of that kind. The kinds a member can
 * turn off ({@link MailKind#optional()}) are chosen on the profile page or with the one-click link each such
 * mail carries; a kind never chosen has its {@link MailKind#wantedByDefault() default}.
 */
@Service
public class MemberMail {

    /** Ids per query: a reminder to 1,000 members is two queries. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final UnsubscribeLinks links;
    private final CurrentMember currentMember;
    private final Clock clock;

    MemberMail(JdbcClient jdbc, UnsubscribeLinks links, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /**
     * The member's verified address if they want mail of this kind (empty when no verified address or they
     * opted out).
     */
    @Transactional(readOnly = true)
    public Optional<MailRecipient> recipient(long memberId, MailKind kind) {
        return Optional.ofNullable(recipients(List.of(memberId), kind).get(memberId));
    }

    /** The same for many members in a bounded number of queries: one per {@value #BATCH} ids. */
    @Transactional(readOnly = true)
    public Map<Long, MailRecipient> recipients(Collection<Long> memberIds, MailKind kind) {
        var ids = new ArrayList<>(new LinkedHashSet<>(memberIds));
        var found = new HashMap<Long, MailRecipient>();
        if (ids.isEmpty()) {
            return found;
        }
        var base = kind.optional() ? links.base().orElse(null) : null;
        for (var from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.sql(
                            """
                            select m.id, m.email, m.display_name, p.wanted
                            from members m
                            left join mail_preferences p on p.member_id = m.id and p.kind = :kind
                            where m.id in (:ids) and m.email is not null and m.email_verified_at is not null""")
                    .param("kind", kind.key())
                    .param("ids", batch)
                    .query((rs, row) -> {
                        var chosen = (Boolean) rs.getObject("wanted");
                        if (kind.optional() && !(chosen == null ? kind.wantedByDefault() : chosen)) {
                            return null;
                        }
                        var id = rs.getLong("id");
                        return new MailRecipient(
                                id,
                                rs.getString("email"),
                                rs.getString("display_name"),
                                base == null ? null : links.link(base, id, kind));
                    })
                    .list()
                    .forEach(recipient -> {
                        if (recipient != null) {
                            found.put(recipient.memberId(), recipient);
                        }
                    });
        }
        return found;
    }

    /** The signed-in member's choice for each kind they can turn off, defaults filled in. */
    @Transactional(readOnly = true)
    public Map<MailKind, Boolean> myChoices() {
        var memberId = currentMember.require().id();
        var choices = new EnumMap<MailKind, Boolean>(MailKind.class);
        for (var kind : MailKind.values()) {
            if (kind.optional()) {
                choices.put(kind, kind.wantedByDefault());
            }
        }
        jdbc.sql("select kind, wanted from mail_preferences where member_id = :member")
                .param("member", memberId)
                .query((rs, row) -> Map.entry(rs.getString("kind"), rs.getBoolean("wanted")))
                .list()
                .forEach(choice -> MailKind.ofKey(choice.getKey())
                        .filter(MailKind::optional)
                        .ifPresent(kind -> choices.put(kind, choice.getValue())));
        return choices;
    }

    /** The signed-in member turns a kind of mail on or off; account mail and invitations cannot be. */
    @Transactional
    public void choose(MailKind kind, boolean wanted) {
        if (!kind.optional()) {
            throw InvalidInputException.of("kind", "Mail about your account and invitations is always sent.");
        }
        store(currentMember.require().id(), kind, wanted);
    }

    /**
     * What a mailed unsubscribe link is for, if its signature is right for that member and kind and the
     * member still has the address; empty for anything else (a changed id, kind or signature).
     */
    @Transactional(readOnly = true)
    public Optional<Unsubscribe> unsubscribeLink(String memberId, String kind, String signature) {
        var id = parseId(memberId);
        var mailKind = MailKind.ofKey(kind == null ? "" : kind).filter(MailKind::optional);
        if (id == null || mailKind.isEmpty() || !links.valid(id, mailKind.get(), signature)) {
            return Optional.empty();
        }
        return jdbc.sql("select email from members where id = :id and email is not null")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(address -> new Unsubscribe(id, mailKind.get(), masked(address)));
    }

    /** Follows a mailed unsubscribe link (see {@link #unsubscribeLink}): the kind is off for that member. */
    @Transactional
    public Optional<Unsubscribe> unsubscribe(String memberId, String kind, String signature) {
        var link = unsubscribeLink(memberId, kind, signature);
        link.ifPresent(l -> store(l.memberId(), l.kind(), false));
        return link;
    }

    /**
     * A valid unsubscribe link: the kind it turns off, and the member's address shown as little as lets them
     * recognise it ({@code m…@example.org}), since a mail can be forwarded.
     */
    public record Unsubscribe(long memberId, MailKind kind, String address) {}

    private void store(long memberId, MailKind kind, boolean wanted) {
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.sql(
                        "update mail_preferences set wanted = :wanted, changed_at = :now where member_id = :member and kind = :kind")
                .param("wanted", wanted)
                .param("now", now)
                .param("member", memberId)
                .param("kind", kind.key())
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into mail_preferences (member_id, kind, wanted, changed_at) values (:member, :kind, :wanted, :now)")
                    .param("member", memberId)
                    .param("kind", kind.key())
                    .param("wanted", wanted)
                    .param("now", now)
                    .update();
        }
    }

    private static @Nullable Long parseId(String memberId) {
        if (memberId == null || !memberId.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(memberId);
    }

    static String masked(String address) {
        var at = address.lastIndexOf('@');
        return at <= 0 ? "…" : address.charAt(0) + "…" + address.substring(at);
    }
}

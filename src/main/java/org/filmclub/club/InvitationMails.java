package org.filmclub.club;

import static org.filmclub.club.ClubAccess.requireHost;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filmclub.base.FloodLimit;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.LinkTokens;
import org.filmclub.base.PlainText;
import org.filmclub.base.PublicUrl;
import org.filmclub.base.mail.Mail;
import org.filmclub.base.mail.MailOutbox;
import org.filmclub.base.mail.MailTemplate;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MailKind;
import org.filmclub.member.MemberService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host mails the club's invite link to addresses they type, one per line. Either every line is an
 * address and each gets one mail, or nothing is sent and each bad line is named. The same address with
 * the same invite link is mailed once, however often it is sent (a second click, a second host).
 */
@Service
public class InvitationMails {

    public static final String FIELD = "addresses";
    /** Addresses in one send. */
    public static final int MAX_ADDRESSES = 50;
    /** What the addresses field holds at most: 50 of the longest addresses, with room for blank lines. */
    public static final int TEXT_MAX = 16_000;
    /** Invitations a host mails, in all their clubs together. */
    static final FloodLimit PER_HOST = new FloodLimit(200, Duration.ofDays(1));

    private static final MailTemplate INVITATION = MailTemplate.of(
            "{{host}} invites you to {{club}} on Filmclub",
            """
            Hello,

            {{host}} invites you to join {{club}}, a film club on Filmclub, where members discuss films,
            propose questions and meet for screenings.

            To join, open this link before {{expires}} (UTC):

            {{link}}

            If you do not want to join, ignore this mail: nothing else will be sent to you.
            """,
            """
            <p>Hello,</p>
            <p>{{host}} invites you to join <strong>{{club}}</strong>, a film club on Filmclub, where members
            discuss films, propose questions and meet for screenings.</p>
            <p><a href="{{link}}">Join {{club}}</a> before {{expires}} (UTC):</p>
            <p>{{link}}</p>
            <p>If you do not want to join, ignore this mail: nothing else will be sent to you.</p>
            """);

    private final ClubAccess access;
    private final Invites invites;
    private final MailOutbox outbox;
    private final PublicUrl publicUrl;
    private final CurrentMember currentMember;
    private final JdbcClient jdbc;
    private final Clock clock;

    InvitationMails(
            ClubAccess access,
            Invites invites,
            MailOutbox outbox,
            PublicUrl publicUrl,
            CurrentMember currentMember,
            JdbcClient jdbc,
            Clock clock) {
        this.access = access;
        this.invites = invites;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.currentMember = currentMember;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many addresses were mailed now, and how many had this invite link mailed before. */
    public record InvitationsSent(int mailed, int mailedBefore) {}

    /**
     * Mails the club's invite link to each address, one per line (blank lines and repeats are left out).
     *
     * @throws InvalidInputException on {@link #FIELD} naming each line that is not an address, or when
     *     there are none, more than {@value #MAX_ADDRESSES}, or more than the host's daily limit allows
     * @throws org.filmclub.base.NotPermittedException for a member who is not a host of the club
     */
    @Transactional
    public InvitationsSent send(String slug, String typed) {
        var club = requireHost(access.lockedMembership(slug), "invite members by mail")
                .club();
        var host = currentMember.require();
        if (typed == null || typed.isBlank()) {
            throw InvalidInputException.of(FIELD, "Type at least one email address, one per line.");
        }
        if (typed.length() > TEXT_MAX) {
            throw InvalidInputException.of(
                    FIELD, "At most " + MAX_ADDRESSES + " addresses at a time; this is far more than that.");
        }
        var addresses = new LinkedHashMap<String, Integer>();
        var lines = typed.split("\\R", -1);
        for (var i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (!line.isEmpty()) {
                addresses.putIfAbsent(MemberService.normalizeEmail(line), i + 1);
            }
        }
        if (addresses.size() > MAX_ADDRESSES) {
            throw InvalidInputException.of(
                    FIELD, "At most " + MAX_ADDRESSES + " addresses at a time; this has " + addresses.size() + ".");
        }
        var recent = jdbc.sql("select count(*) from invitation_mails where host_id = :host and sent_at > :since")
                .param("host", host.id())
                .param("since", Timestamp.from(PER_HOST.since(clock)))
                .query(Long.class)
                .single();
        if (recent + addresses.size() > PER_HOST.count()) {
            var left = Math.max(0, PER_HOST.count() - recent);
            throw InvalidInputException.of(
                    FIELD,
                    "A host can mail at most " + PER_HOST.count() + " invitations a day; you can mail " + left
                            + " more today.");
        }
        var invite = invites.of(club);
        var link = publicUrl
                .of(invite.path())
                .orElseThrow(() -> InvalidInputException.of(
                        FIELD, "Invitations cannot be mailed until the site's address is set; copy the link instead."));
        var content = INVITATION.render(Map.of(
                "host", host.displayName(),
                "club", club.name(),
                "link", link,
                "expires", invite.expiresAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        var bad = new ArrayList<String>();
        var mailed = 0;
        var before = 0;
        for (var address : addresses.entrySet()) {
            var mail = Mail.to(address.getKey(), null, content, MailKind.INVITATION.key())
                    .withKey("invitation:" + club.getId() + ":"
                            + LinkTokens.hash(address.getKey() + " " + invite.code()));
            try {
                if (outbox.enqueue(mail)) {
                    mailed++;
                } else {
                    before++;
                }
            } catch (InvalidInputException notAnAddress) {
                var line = address.getValue();
                bad.add("Line " + line + " (" + shown(lines[line - 1].strip()) + ") is not an email address.");
            }
        }
        if (!bad.isEmpty()) {
            // Rolls back what was written: nothing is sent until every line is an address.
            throw InvalidInputException.of(
                    FIELD, String.join(" ", bad) + " Nothing was sent; correct them and send again.");
        }
        for (var i = 0; i < mailed; i++) {
            jdbc.sql("insert into invitation_mails (club_id, host_id, sent_at) values (:club, :host, :now)")
                    .param("club", club.getId())
                    .param("host", host.id())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return new InvitationsSent(mailed, before);
    }

    /** A line as the message repeats it: one line, not too long. */
    private static String shown(String line) {
        var one = PlainText.oneLine(line);
        return one.length() > 60 ? one.substring(0, 59) + "…" : one;
    }
}

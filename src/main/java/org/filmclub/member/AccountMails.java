package org.filmclub.member;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.filmclub.base.AppPaths;
import org.filmclub.base.LinkTokens;
import org.filmclub.base.PlainText;
import org.filmclub.base.PublicUrl;
import org.filmclub.base.mail.Mail;
import org.filmclub.base.mail.MailContent;
import org.filmclub.base.mail.MailOutbox;
import org.filmclub.base.mail.MailTemplate;
import org.springframework.stereotype.Component;

/**
 * The account's own mail: a link that verifies an address, and one that sets a new password. Each link
 * is a new random token whose hash alone is stored; mailing a new one forgets the older ones of its kind.
 */
@Component
class AccountMails {

    static final Duration VERIFY_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);

    private static final MailTemplate VERIFY = MailTemplate.of(
            "Confirm your email address for Filmclub",
            """
            Hello {{name}},

            to confirm that {{email}} is your address on Filmclub (username {{username}}), open this link
            within 48 hours:

            {{link}}

            If you did not give this address to Filmclub, ignore this mail: nothing will be sent to it.
            """,
            """
            <p>Hello {{name}},</p>
            <p>to confirm that {{email}} is your address on Filmclub (username {{username}}),
            <a href="{{link}}">open this link</a> within 48 hours:</p>
            <p>{{link}}</p>
            <p>If you did not give this address to Filmclub, ignore this mail: nothing will be sent to it.</p>
            """);

    private static final MailTemplate RESET = MailTemplate.of(
            "Set a new password for Filmclub",
            """
            Hello {{name}},

            someone asked to set a new password for your Filmclub account (username {{username}}).
            If it was you, open this link within 30 minutes; it works once:

            {{link}}

            If it was not you, ignore this mail: your password stays as it is.
            """,
            """
            <p>Hello {{name}},</p>
            <p>someone asked to set a new password for your Filmclub account (username {{username}}).
            If it was you, <a href="{{link}}">set a new password</a> within 30 minutes; the link works once:</p>
            <p>{{link}}</p>
            <p>If it was not you, ignore this mail: your password stays as it is.</p>
            """);

    private final AccountLinkRepository links;
    private final LinkTokens tokens;
    private final MailOutbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    AccountMails(AccountLinkRepository links, LinkTokens tokens, MailOutbox outbox, PublicUrl publicUrl, Clock clock) {
        this.links = links;
        this.tokens = tokens;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** In the caller's transaction: the link exists and is mailed only if the change commits. */
    void verification(Member member) {
        var token = newLink(member, AccountLink.Purpose.VERIFY_EMAIL, VERIFY_VALIDITY, member.email());
        var link = publicUrl.of(AppPaths.verifyAddress(token)).orElse(null);
        if (link == null) {
            return;
        }
        var profile = member.toProfile();
        send(
                member,
                "address-verification",
                VERIFY.render(Map.of(
                        "name", profile.displayName(),
                        "username", profile.username(),
                        "email", member.email(),
                        "link", link)));
    }

    void passwordReset(Member member) {
        var token = newLink(member, AccountLink.Purpose.RESET_PASSWORD, RESET_VALIDITY, member.email());
        var link = publicUrl.of(AppPaths.resetPassword(token)).orElse(null);
        if (link == null) {
            return;
        }
        var profile = member.toProfile();
        send(
                member,
                "password-reset",
                RESET.render(Map.of("name", profile.displayName(), "username", profile.username(), "link", link)));
    }

    private String newLink(Member member, AccountLink.Purpose purpose, Duration validity, String email) {
        // Stored to the microsecond, rounded down, so a link never lives a fraction longer than it says.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        links.forgetExpired(now);
        links.forget(member.getId(), purpose);
        var token = tokens.token(purpose.name(), tokens.newSeed());
        links.save(new AccountLink(member.getId(), purpose, LinkTokens.hash(token), email, now, now.plus(validity)));
        return token;
    }

    private void send(Member member, String kind, MailContent content) {
        outbox.enqueue(
                Mail.to(member.email(), PlainText.oneLine(member.toProfile().displayName()), content, kind));
    }
}

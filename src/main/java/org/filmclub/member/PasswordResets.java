package org.filmclub.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.filmclub.base.FloodLimit;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.LinkTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a member asks for a link by address or username, and the link sets a new password
 * once within 30 minutes. Asking answers the same whether or not anyone has that address or username, and
 * is throttled per what was typed and per client.
 */
@Service
public class PasswordResets {

    /** Per address or username typed, whoever asks. */
    static final FloodLimit PER_ADDRESS = new FloodLimit(3, Duration.ofMinutes(15));
    /** Per client (its network address). */
    static final FloodLimit PER_CLIENT = new FloodLimit(10, Duration.ofMinutes(15));

    static final String FIELD = "addressOrUsername";

    private final MemberRepository members;
    private final AccountLinkRepository links;
    private final AccountMails accountMails;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(
            MemberRepository members,
            AccountLinkRepository links,
            AccountMails accountMails,
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            InputValidator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.links = links;
        this.accountMails = accountMails;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails a link to set a new password to the member with this verified address or username, if there is
     * one; otherwise does nothing more. Either way the same rows are read and written, and nothing waits for
     * the mail server, so the answer says nothing about who is a member.
     *
     * @param client the asking client's network address, as the login throttle counts it
     * @throws InvalidInputException when nothing was typed, or too many links were asked for lately
     */
    @Transactional
    public void requestLink(String addressOrUsername, String client) {
        var asked = MemberService.normalizeEmail(addressOrUsername);
        if (asked.isEmpty()) {
            throw InvalidInputException.of(FIELD, "Type your email address or username");
        }
        if (asked.length() > MemberLimits.ADDRESS_OR_USERNAME_MAX) {
            throw InvalidInputException.of(FIELD, "That is longer than any email address or username");
        }
        var who = client == null || client.isBlank() ? "unknown" : client.strip();
        who = who.length() > 100 ? who.substring(0, 100) : who;
        var now = clock.instant();
        var longest = PER_ADDRESS.window().compareTo(PER_CLIENT.window()) > 0 ? PER_ADDRESS : PER_CLIENT;
        jdbc.sql("delete from password_link_requests where requested_at < :before")
                .param("before", Timestamp.from(longest.since(clock)))
                .update();
        PER_ADDRESS.check(
                count("asked_for", asked, PER_ADDRESS),
                FIELD,
                "links for one address",
                " Look for the mail we sent, or try again later.");
        PER_CLIENT.check(count("client", who, PER_CLIENT), FIELD, "links", " Try again later.");
        jdbc.sql("insert into password_link_requests (asked_for, client, requested_at) values (:asked, :client, :now)")
                .param("asked", asked)
                .param("client", who)
                .param("now", Timestamp.from(now))
                .update();
        var member = asked.contains("@") ? members.findByEmail(asked) : members.findByUsername(asked);
        member.filter(m -> m.passwordHash() != null && m.emailVerified()).ifPresent(accountMails::passwordReset);
    }

    private long count(String column, String value, FloodLimit limit) {
        return jdbc.sql("select count(*) from password_link_requests where " + column
                        + " = :value and requested_at > :since")
                .param("value", value)
                .param("since", Timestamp.from(limit.since(clock)))
                .query(Long.class)
                .single();
    }

    /** Whether this link would still set a new password. */
    @Transactional(readOnly = true)
    public boolean linkWorks(String token) {
        return find(token) != null;
    }

    /**
     * Sets a new password with a mailed link, by the same rules as a password change, and forgets the link.
     * Like a change, it ends the member's remembered logins and every session logged in with the old one.
     *
     * @return the member's username, for the login page
     * @throws LinkNoLongerWorksException when the link is unknown, used, expired or replaced by a newer one
     */
    @Transactional
    public String setPassword(String token, PasswordReset input) {
        var link = find(token);
        if (link == null) {
            throw new LinkNoLongerWorksException();
        }
        var reset = validator.check(input);
        MemberService.checkPasswordBytes("newPassword", reset.newPassword());
        var member = members.findById(link.memberId()).orElseThrow(LinkNoLongerWorksException::new);
        member.changePasswordHash(passwordEncoder.encode(reset.newPassword()));
        links.forget(member.getId(), AccountLink.Purpose.RESET_PASSWORD);
        events.publishEvent(new PasswordChanged(member.getId(), member.username()));
        return member.username();
    }

    private AccountLink find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return links.findByTokenHashAndPurpose(LinkTokens.hash(token), AccountLink.Purpose.RESET_PASSWORD)
                .filter(l -> l.usableAt(clock.instant()))
                .orElse(null);
    }
}

package org.filmclub.member;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sorts of mail a member gets, as they choose them. {@link #ACCOUNT} (address and password links) and
 * {@link #INVITATION} (a host inviting an address to a club) always go; the others are the member's choice,
 * with a default for a member who never chose.
 */
public enum MailKind {
    ACCOUNT(false, true, "Mail about your account: confirming your address, setting a new password"),
    INVITATION(false, true, "Invitations to a club"),
    SCREENINGS(true, true, "Screenings: new, changed or cancelled, and reminders"),
    REPLIES(true, true, "Replies to you and mentions of you"),
    DIGEST(true, false, "A weekly digest of your clubs");

    private final boolean optional;
    private final boolean wantedByDefault;
    private final String description;

    MailKind(boolean optional, boolean wantedByDefault, String description) {
        this.optional = optional;
        this.wantedByDefault = wantedByDefault;
        this.description = description;
    }

    /** What this mail is, as a member reads it on their profile and on the unsubscribe page. */
    public String description() {
        return description;
    }

    /** Whether a member can turn this kind off; such mail carries a one-click unsubscribe link. */
    public boolean optional() {
        return optional;
    }

    /** What a member who never chose gets. */
    public boolean wantedByDefault() {
        return wantedByDefault;
    }

    /** The name in {@link org.filmclub.base.mail.Mail#kind}, in unsubscribe links and in the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this {@link #key()}, exactly; empty for anything else. */
    public static Optional<MailKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}

package org.filmclub.notification;

/** Why a member was notified; the names are stored, so renaming one needs a migration. */
public enum NotificationKind {
    REPLY("replied to you"),
    MENTION("mentioned you"),
    /** A screening the member answered changed time or place, or was cancelled. */
    SCREENING("changed a screening"),
    /** A seat freed up and the member moved from the waitlist to going. */
    WAITLIST("gave you a seat"),
    /** A screening the member is going to (or maybe) starts soon. */
    REMINDER("reminds you");

    private final String phrase;

    NotificationKind(String phrase) {
        this.phrase = phrase;
    }

    /** Whether a member who has not read it in time hears of it by mail too ({@link ReplyMails}). */
    boolean goesByMail() {
        return this == REPLY || this == MENTION;
    }

    /** "Ben Okafor replied to you on Her" */
    String describe(String who, String filmTitle) {
        return who + " " + phrase + " on " + filmTitle;
    }
}

package org.filmclub.notification;

/** Why a member was notified; the names are stored, so renaming one needs a migration. */
public enum NotificationKind {

    REPLY("replied to you"),
    MENTION("mentioned you");

    private final String phrase;

    NotificationKind(String phrase) {
        this.phrase = phrase;
    }

    /** "Ben Okafor replied to you on Her" */
    String describe(String who, String filmTitle) {
        return who + " " + phrase + " on " + filmTitle;
    }
}

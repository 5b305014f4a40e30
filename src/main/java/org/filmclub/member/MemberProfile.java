package org.filmclub.member;

import java.time.ZoneId;

/** What the app shows of a member; crosses threads and sessions freely. */
public record MemberProfile(long id, String username, String displayName, ZoneId timeZone) {

    public String initials() {
        return initialsOf(displayName);
    }

    /** What an avatar shows for a name: the first letters of its first and last words, "Quinn On A Phone" → "QP". */
    public static String initialsOf(String name) {
        var parts = name.trim().split("\\s+");
        var first = firstLetter(parts[0]);
        return parts.length > 1 ? first + firstLetter(parts[parts.length - 1]) : first;
    }

    private static String firstLetter(String word) {
        return word.isEmpty() ? "" : Character.toString(word.codePointAt(0)).toUpperCase(java.util.Locale.ROOT);
    }

    /** How someone is named who may no longer have an account: by their display name, or as a former member. */
    public static String nameOf(MemberProfile profile) {
        return profile == null ? "A former member" : profile.displayName();
    }
}

package org.filmclub.member;

import java.time.ZoneId;

/** What the app shows of a member; crosses threads and sessions freely. */
public record MemberProfile(long id, String username, String displayName, ZoneId timeZone) {

    public String initials() {
        var parts = displayName.trim().split("\\s+");
        var first = parts[0].substring(0, 1);
        return parts.length > 1 ? first + parts[parts.length - 1].charAt(0) : first;
    }

    /** How someone is named who may no longer have an account: by their display name, or as a former member. */
    public static String nameOf(MemberProfile profile) {
        return profile == null ? "A former member" : profile.displayName();
    }
}

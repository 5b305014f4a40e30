package org.filmclub.base;

/**
 * The app's own page addresses, relative to where the app is served and without a leading slash, as links,
 * navigation, notifications and calendars write them. The routes that answer them are declared on the views.
 */
public final class AppPaths {

    private AppPaths() {}

    /** The member's list of clubs. */
    public static String clubs() {
        return "clubs";
    }

    public static String club(String slug) {
        return "clubs/" + slug;
    }

    /** Whether the address is the club's home or one of its pages. */
    public static boolean inClub(String path, String slug) {
        var club = club(slug);
        return path.equals(club) || path.startsWith(club + "/");
    }

    public static String film(String slug, long filmId) {
        return club(slug) + "/films/" + filmId;
    }

    /** The film's page, opened with the message brought into view. */
    public static String message(String slug, long filmId, long messageId) {
        return film(slug, filmId) + "?message=" + messageId;
    }

    public static String screening(String slug, long screeningId) {
        return club(slug) + "/screenings/" + screeningId;
    }

    /** One screening as a calendar file, for members. */
    public static String screeningCalendar(long screeningId) {
        return "calendar/screening/" + screeningId + ".ics";
    }

    /** A member's secret feed of the club's screenings, which calendar apps poll. */
    public static String clubCalendar(String slug, String feedToken) {
        return "calendar/club/" + slug + "/" + feedToken + ".ics";
    }

    /** The page where an invite is accepted. */
    public static String join(String inviteCode) {
        return "join/" + inviteCode;
    }

    /** Where a member asks for a link to set a new password. */
    public static String forgotPassword() {
        return "forgot-password";
    }

    /** The mailed link that sets a new password. */
    public static String resetPassword(String token) {
        return "reset-password/" + token;
    }

    /** The mailed link that verifies an email address. */
    public static String verifyAddress(String token) {
        return "verify-address/" + token;
    }

    /**
     * The one-click unsubscribe page and endpoint; the mailed link adds the member, the kind and their
     * signature as {@code ?m=&k=&s=}.
     */
    public static String unsubscribe() {
        return "mail/unsubscribe";
    }
}

package org.filmclub.member;

/** The one place where member field limits are set; forms and services both read them. */
public final class MemberLimits {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 32;
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]*";
    public static final int DISPLAY_NAME_MAX = 60;
    public static final int PASSWORD_MIN = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int PASSWORD_MAX = 64;

    public static final int TIME_ZONE_MAX = 64;
    /** RFC 5321's longest path a mail server must accept. */
    public static final int EMAIL_MAX = 254;
    /**
     * An address as mail servers take it, in lower case: a local part without spaces, quotes or
     * leading, trailing or doubled dots, and a domain name with at least one dot.
     */
    public static final String EMAIL_PATTERN =
            "(?=.{1,64}@)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?";

    /** What the forgotten-password page takes: an address or a username. */
    public static final int ADDRESS_OR_USERNAME_MAX = EMAIL_MAX;

    private MemberLimits() {}
}

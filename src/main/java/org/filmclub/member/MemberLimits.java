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

    private MemberLimits() {}
}

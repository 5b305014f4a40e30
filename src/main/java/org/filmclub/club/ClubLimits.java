package org.filmclub.club;

/** The one place where club field limits are set; forms and services both read them. */
public final class ClubLimits {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;
    public static final int SLUG_MIN = 3;
    public static final int SLUG_MAX = 40;
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private ClubLimits() {}
}

package org.filmclub.base.mail;

/** What one mail may hold; {@link MailOutbox#enqueue} refuses more. */
public final class MailLimits {

    /** RFC 5321's longest path that a server must accept. */
    public static final int ADDRESS = 254;

    public static final int NAME = 100;
    public static final int SUBJECT = 200;
    public static final int TEXT = 100_000;
    public static final int HTML = 200_000;
    public static final int HEADERS = 10;
    public static final int HEADER_VALUE = 2_000;
    public static final int CALENDAR = 100_000;
    public static final int KEY = 200;

    private MailLimits() {}
}

package org.filmclub.base;

import java.util.regex.Pattern;

/**
 * Control characters out of plain text that ends up in other formats (a calendar file, a header),
 * where a lone carriage return or a Unicode line separator can start a line of its own.
 */
public final class PlainText {

    /** Every line break a reader might honour: CRLF, CR, LF, NEL, and Unicode's line and paragraph separators. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

    private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\u2028\u2029]+");
    private static final Pattern CONTROLS_BUT_LF = Pattern.compile("[\\p{Cc}&&[^\n]]");

    private PlainText() {}

    /** One line: each run of line breaks and other control characters becomes one space. */
    public static String oneLine(String text) {
        return text == null ? "" : BREAKS_AND_CONTROLS.matcher(text).replaceAll(" ");
    }

    /** Lines separated by LF only; a tab becomes a space, any other control character goes. */
    public static String lines(String text) {
        if (text == null) {
            return "";
        }
        var lf = LINE_BREAK.matcher(text.replace('\t', ' ')).replaceAll("\n");
        return CONTROLS_BUT_LF.matcher(lf).replaceAll("");
    }
}

package org.filmclub.film;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.filmclub.base.InvalidInputException;

/** Brings an essay written as a plain text file into Markdown, escaped so that nothing in it turns into markup. */
public final class PlainTextImport {

    private static final String NOT_UTF8 = "That file is not UTF-8 text. Save it as UTF-8 and try again.";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern BARE_URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final String INLINE_SPECIALS = "\\*_`[]<~|";
    /** Only an ampersand that starts a character reference would be decoded; others are left alone. */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private static final String BLOCK_STARTS = "#>-+=";
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

    private PlainTextImport() {}

    public static String decodeUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw InvalidInputException.of("body", NOT_UTF8);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Blank lines separate paragraphs; a single line break stays a line break, because plain text often
     * lists things one per line.
     */
    public static String toMarkdown(String plainText) {
        var paragraphs = new ArrayList<String>();
        var lines = new ArrayList<String>();
        for (var line : plainText.split("\n", -1)) {
            // Indentation would turn a line into a code block; in a plain text file it is only layout.
            var trimmed = line.strip();
            if (trimmed.isEmpty()) {
                addParagraph(paragraphs, lines);
            } else {
                lines.add(escape(trimmed));
            }
        }
        addParagraph(paragraphs, lines);
        return String.join("\n\n", paragraphs);
    }

    private static void addParagraph(List<String> paragraphs, List<String> lines) {
        if (!lines.isEmpty()) {
            // A trailing backslash is Markdown's hard line break, and unlike two spaces it survives editing.
            paragraphs.add(String.join("\\\n", lines));
            lines.clear();
        }
    }

    private static String escape(String line) {
        var escaped = new StringBuilder();
        var url = BARE_URL.matcher(line);
        var from = 0;
        while (url.find()) {
            escaped.append(escapeInline(line.substring(from, url.start())));
            // Escaping inside a URL would put backslashes into the link that autolinking makes of it.
            escaped.append(url.group());
            from = url.end();
        }
        escaped.append(escapeInline(line.substring(from)));
        return escapeBlockStart(escaped.toString());
    }

    private static String escapeInline(String text) {
        var escaped = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return CHARACTER_REFERENCE.matcher(escaped).replaceAll("\\\\&");
    }

    /** Characters that only mean something at the start of a line: headings, quotes, lists, underlines. */
    private static String escapeBlockStart(String line) {
        if (BLOCK_STARTS.indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        return ORDERED_LIST_START.matcher(line).replaceFirst("$1\\\\$2");
    }
}

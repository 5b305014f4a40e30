package org.filmclub.markdown;

import static org.filmclub.markdown.MarkdownLimits.*;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;
import java.util.Optional;
import org.filmclub.base.InvalidInputException;

/**
 * What an essay may ask of the renderer, checked in one pass over the text before flexmark sees it. flexmark
 * recurses once per level of nesting, so a few thousand {@code >} overflow its stack, and it looks ahead to the
 * end of the text for every link, code span and footnote opener, and over a whole paragraph for every line of
 * it that could be a table row, so tens of thousands of them take minutes.
 * Counting them costs time in proportion to the text and leaves nothing quadratic to exploit.
 */
public final class MarkdownBudget {

    static final String KEPT = " Your text is still here.";

    /** Refused only because the server was busy: the same text may well render a moment later. */
    public static final class NotNow extends InvalidInputException {
        NotNow() {
            super(Map.of("body", "The server is busy laying out other essays. Try again in a moment." + KEPT));
        }
    }

    private MarkdownBudget() {}

    /** Why the text is more than an essay may be, or empty if it is within every limit. */
    static Optional<String> refusal(String markdown) {
        var links = 0;
        var codeMarks = 0;
        var footnoteRefs = 0;
        var line = 1;
        var linesInBlock = 0;
        var lineStart = true;
        for (var i = 0; i < markdown.length(); i++) {
            var c = markdown.charAt(i);
            if (lineStart) {
                var depth = containersOpenedAt(markdown, i);
                if (depth > ESSAY_NESTING_MAX) {
                    return Optional.of(String.format(
                                    "Line %,d puts quotes or lists %,d levels deep; at most %,d "
                                            + "levels can be shown. Flatten them, then try again.",
                                    line, depth, ESSAY_NESTING_MAX)
                            + KEPT);
                }
                lineStart = false;
                linesInBlock = isBlankFrom(markdown, i) ? 0 : linesInBlock + 1;
                if (linesInBlock > ESSAY_BLOCK_LINES_MAX) {
                    return Optional.of(String.format(
                                    "Line %,d ends a run of more than %,d lines without a blank "
                                            + "line between them, which is too long to lay out. Add blank lines between its "
                                            + "paragraphs, then try again.",
                                    line, ESSAY_BLOCK_LINES_MAX)
                            + KEPT);
                }
            }
            if (c == '\n') {
                line++;
                lineStart = true;
            } else if (c == ']' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '(') {
                links++;
            } else if (c == '[' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '^') {
                footnoteRefs++;
            } else if (c == '`' && (i == 0 || markdown.charAt(i - 1) != '`')) {
                codeMarks++;
            }
        }
        if (links > ESSAY_LINKS_MAX) {
            return Optional.of(String.format(
                            "The essay has %,d links or images; at most %,d can be shown.", links, ESSAY_LINKS_MAX)
                    + KEPT);
        }
        if (codeMarks > ESSAY_CODE_MARKS_MAX) {
            return Optional.of(String.format(
                            "The essay has %,d runs of backticks (`); at most %,d can be shown.",
                            codeMarks, ESSAY_CODE_MARKS_MAX)
                    + KEPT);
        }
        if (footnoteRefs > ESSAY_FOOTNOTE_REFS_MAX) {
            return Optional.of(String.format(
                            "The essay has %,d footnote references; at most %,d can be shown.",
                            footnoteRefs, ESSAY_FOOTNOTE_REFS_MAX)
                    + KEPT);
        }
        return Optional.empty();
    }

    static String tooDeep() {
        return String.format(
                        "The essay nests its formatting more than %,d levels deep, which cannot be shown. "
                                + "Flatten its quotes, lists or emphasis, then try again.",
                        ESSAY_NESTING_MAX)
                + KEPT;
    }

    static String tooLarge(int htmlLength) {
        return String.format(
                        "Laid out, the essay would be %,d characters; at most %,d can be shown. Shorten it or "
                                + "use fewer links, footnotes and marks.",
                        htmlLength, ESSAY_HTML_MAX)
                + KEPT;
    }

    /** Whether this refusal was for want of time (a busy server, a slow render) rather than for the text itself. */
    public static boolean forLackOfTime(InvalidInputException refusal) {
        return refusal instanceof NotNow
                || tooSlow().equals(refusal.fieldErrors().get("body"));
    }

    static String tooSlow() {
        return "The essay is too complex to lay out in time. Simplify its formatting, then try again." + KEPT;
    }

    /**
     * Block quotes and list items that a line opens or continues with its markers. Nesting built up by indenting
     * line after line costs far more text and is measured on the parsed document instead ({@link #depthOf}).
     */
    private static int containersOpenedAt(String text, int start) {
        var depth = 0;
        var i = start;
        while (i < text.length()) {
            var c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && followedBySpace(text, i + 1)) {
                depth++;
                i++;
            } else {
                var digits = i;
                while (digits < text.length() && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
                    digits++;
                }
                if (digits > i
                        && digits < text.length()
                        && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                        && followedBySpace(text, digits + 1)) {
                    depth++;
                    i = digits + 1;
                } else {
                    break;
                }
            }
        }
        return depth;
    }

    private static boolean isBlankFrom(String text, int start) {
        for (var i = start; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean followedBySpace(String text, int at) {
        return at >= text.length() || text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n';
    }

    /** How deep the parsed document nests, walked without recursion so that a deep one cannot overflow here. */
    static int depthOf(Node document) {
        var deepest = 0;
        var depth = 0;
        var node = document.getFirstChild();
        while (node != null) {
            deepest = Math.max(deepest, depth + 1);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == document) {
                    return deepest;
                }
            }
            if (node != null) {
                node = node.getNext();
            }
        }
        return deepest;
    }
}

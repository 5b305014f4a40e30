package org.filmclub.discussion.ui;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.Discussion;

/** What the composer is doing now: a new message, a reply, or an edit; and the key that makes a send happen once. */
final class ComposerState {

    private final List<Discussion.Mentionable> members;
    private ChatMessage replyingTo;
    private ChatMessage editing;
    private String clientKey = UUID.randomUUID().toString();

    ComposerState(List<Discussion.Mentionable> members) {
        this.members = members;
    }

    Long replyTo() {
        return replyingTo == null ? null : replyingTo.id();
    }

    ChatMessage editing() {
        return editing;
    }

    String clientKey() {
        return clientKey;
    }

    void replyTo(ChatMessage message) {
        editing = null;
        replyingTo = message;
    }

    void edit(ChatMessage message) {
        replyingTo = null;
        editing = message;
    }

    void reset() {
        replyingTo = null;
        editing = null;
        clientKey = UUID.randomUUID().toString();
    }

    String describe() {
        if (editing != null) {
            return "Editing your message";
        }
        return replyingTo == null ? null : "Replying to " + replyingTo.authorName();
    }

    /**
     * The draft with the passage quoted after it as a Markdown block quote, then an empty line to write on. Blank
     * lines inside the passage stay in the quote; a passage that would take the message past {@code max} is cut
     * short with an ellipsis, and one that has no room at all leaves the draft as it was.
     */
    static String quoting(String draft, String passage, int max) {
        var before = draft.isBlank() ? "" : draft.stripTrailing() + "\n\n";
        var words = passage.strip();
        while (!words.isEmpty()) {
            var quoted = before + quote(words) + "\n\n";
            if (quoted.length() <= max) {
                return quoted;
            }
            var keep = words.length() - (quoted.length() - max) - 2;
            words = keep <= 0 ? "" : words.substring(0, keep).stripTrailing() + "…";
        }
        return draft;
    }

    /** Each line of the passage marked as quoted; paragraphs apart by any number of blank lines stay one apart. */
    private static String quote(String passage) {
        var paragraphs = new StringJoiner("\n>\n");
        for (var paragraph : passage.split("\\R(?:[ \\t]*\\R)+")) {
            var lines = new StringJoiner("\n");
            paragraph.lines().forEach(line -> lines.add("> " + line.strip()));
            paragraphs.add(lines.toString());
        }
        return paragraphs.toString();
    }

    private static final Pattern PARTIAL = Pattern.compile("(?:^|\\s)@([a-z0-9._-]{0,32})$", Pattern.CASE_INSENSITIVE);

    List<Discussion.Mentionable> suggestionsFor(String text) {
        var partial = PARTIAL.matcher(text);
        if (!partial.find()) {
            return List.of();
        }
        var prefix = partial.group(1).toLowerCase(Locale.ROOT);
        return members.stream()
                .filter(m -> m.username().startsWith(prefix)
                        || m.displayName().toLowerCase(Locale.ROOT).startsWith(prefix))
                .limit(5)
                .toList();
    }

    String complete(String text, String username) {
        var partial = PARTIAL.matcher(text);
        return partial.find() ? text.substring(0, partial.start(1)) + username + " " : text;
    }
}

package org.filmclub.discussion;

import java.util.List;
import java.util.Set;
import org.filmclub.film.FilmRef;

/**
 * A film's discussion as the panel opens it: the latest threads in display order (each thread
 * starter followed by its first replies), whether there are earlier ones, which threads have more
 * replies than shown, and who is looking.
 */
public record Discussion(
        FilmRef film,
        List<ChatMessage> messages,
        boolean hasEarlier,
        Set<Long> moreReplies,
        long viewerId,
        boolean viewerIsHost,
        List<Mentionable> members) {

    /** A club member who can be mentioned, for suggestions while typing. */
    public record Mentionable(String username, String displayName) {}
}

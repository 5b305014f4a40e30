package org.filmclub.discussion;

import java.util.List;
import org.filmclub.film.FilmRef;

/**
 * A film's discussion as the panel opens it: the latest threads in display order (each thread
 * starter followed by its replies), whether there are earlier ones, and who is looking.
 */
public record Discussion(FilmRef film, List<ChatMessage> messages, boolean hasEarlier, long viewerId,
        boolean viewerIsHost, List<Mentionable> members) {

    /** A club member who can be mentioned, for suggestions while typing. */
    public record Mentionable(String username, String displayName) {
    }
}

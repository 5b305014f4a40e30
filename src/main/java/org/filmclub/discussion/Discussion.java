package org.filmclub.discussion;

import java.util.List;
import java.util.Set;
import org.filmclub.film.FilmRef;
import org.filmclub.watch.Gate;

/**
 * A film's discussion as the panel opens it: the latest threads in display order (each thread
 * starter followed by its first replies), whether there are earlier ones, which threads have more
 * replies than shown, and who is looking.
 *
 * @param gate what the viewer's progress through the film lets them see
 * @param heldBack how many messages others wrote about later in the film the gate keeps from this screen
 */
public record Discussion(
        FilmRef film,
        List<ChatMessage> messages,
        boolean hasEarlier,
        Set<Long> moreReplies,
        long viewerId,
        boolean viewerIsHost,
        List<Mentionable> members,
        Gate gate,
        long heldBack) {

    /** A club member who can be mentioned, for suggestions while typing. */
    public record Mentionable(String username, String displayName) {}
}

package org.filmclub.discussion;

import java.util.List;
import org.filmclub.discussion.PresenceChanged.Present;

/** Where the nodes of a cluster pool who is here, so every node shows everyone. */
interface PresenceShare {

    /** This node now has {@code screens} screens of the member on the film's page (0: none). */
    void update(long filmId, long memberId, String displayName, int screens);

    /** Everyone on the film's page on any node that is still alive, in the order they came. */
    List<Present> here(long filmId);
}

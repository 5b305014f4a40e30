package org.filmclub.discussion;

import java.util.List;

/** Who has a film's page open right now, in the order they came. */
public record PresenceChanged(long filmId, List<Present> here) implements DiscussionEvent {

    public record Present(long memberId, String displayName) {}

    @Override
    public String topic() {
        return ChatMessage.topic(filmId);
    }
}

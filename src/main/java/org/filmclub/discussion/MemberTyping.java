package org.filmclub.discussion;

import org.filmclub.base.live.LiveEvent;

/** A member is writing a message in a film's discussion. */
public record MemberTyping(long filmId, long memberId, String displayName) implements LiveEvent {

    @Override
    public String topic() {
        return ChatMessage.topic(filmId);
    }
}

package org.filmclub.discussion;

/** A member is writing a message in a film's discussion. */
public record MemberTyping(long filmId, long memberId, String displayName) implements DiscussionEvent {

    @Override
    public String topic() {
        return ChatMessage.topic(filmId);
    }
}

package org.filmclub.discussion;

/** A message was edited, deleted by its author, or hidden by a host; screens replace what they show. */
public record MessageChanged(ChatMessage message) implements DiscussionEvent {

    @Override
    public String topic() {
        return ChatMessage.topic(message.filmId());
    }
}

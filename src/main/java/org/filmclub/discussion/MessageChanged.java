package org.filmclub.discussion;

import org.filmclub.base.live.LiveEvent;

/** A message was edited, deleted by its author, or hidden by a host; screens replace what they show. */
public record MessageChanged(ChatMessage message) implements LiveEvent {

    @Override
    public String topic() {
        return ChatMessage.topic(message.filmId());
    }
}

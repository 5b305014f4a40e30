package org.filmclub.discussion;

import java.util.Set;

/**
 * A member posted a message in a film's discussion.
 *
 * @param repliedToAuthorId the author of the message it answers, if it is a reply
 * @param mentionedMemberIds club members named with {@code @username} in it
 */
public record MessagePosted(
        ChatMessage message,
        long clubId,
        String clubSlug,
        String filmTitle,
        Long repliedToAuthorId,
        Set<Long> mentionedMemberIds)
        implements DiscussionEvent {

    @Override
    public String topic() {
        return ChatMessage.topic(message.filmId());
    }
}

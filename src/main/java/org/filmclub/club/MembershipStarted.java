package org.filmclub.club;

import org.filmclub.base.live.LiveEvent;

/** A member joined a club or started one; their open screens start following that club. */
public record MembershipStarted(long clubId, String clubSlug, long memberId) implements LiveEvent {

    @Override
    public String topic() {
        return MembershipEnded.topic(memberId);
    }
}

package org.filmclub.club;

import org.filmclub.base.live.LiveEvent;

/** A member left a club or was removed from it; their open screens of that club must close. */
public record MembershipEnded(long clubId, String clubSlug, String clubName, long memberId) implements LiveEvent {

    public static String topic(long memberId) {
        return "member:" + memberId;
    }

    @Override
    public String topic() {
        return topic(memberId);
    }
}

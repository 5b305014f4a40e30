package org.filmclub.club;

import org.filmclub.base.live.LiveEvent;

/** A host made a member a host, or a host a member; that member's open screens of the club show it at once. */
public record RoleChanged(long clubId, long memberId, Role role) implements LiveEvent {

    @Override
    public String topic() {
        return MembershipEnded.topic(memberId);
    }
}

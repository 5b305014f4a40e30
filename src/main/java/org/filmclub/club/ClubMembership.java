package org.filmclub.club;

import org.filmclub.base.NotPermittedException;

/** Proof, for other features, that the current member belongs to a club and in which role. */
public record ClubMembership(long clubId, String slug, long memberId, Role role) {

    public boolean isHost() {
        return role == Role.HOST;
    }

    /**
     * The one host rule: this membership, if it is a host's; otherwise a refusal that says what only
     * a host can do.
     *
     * @param action what the member tried, such as "invite members"
     */
    public ClubMembership requireHost(String action) {
        if (!isHost()) {
            throw new NotPermittedException("Only a host can " + action + ".");
        }
        return this;
    }
}

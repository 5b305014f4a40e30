package org.filmclub.club;

/** Proof, for other features, that the current member belongs to a club and in which role. */
public record ClubMembership(long clubId, String slug, long memberId, Role role) {

    public boolean isHost() {
        return role == Role.HOST;
    }
}

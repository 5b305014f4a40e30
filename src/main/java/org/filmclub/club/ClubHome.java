package org.filmclub.club;

import java.util.List;
import java.util.Optional;

/** Everything the club's home page shows to one member; the invite only to hosts. */
public record ClubHome(ClubSummary club, String description, List<ClubMember> members, Optional<Invite> invite) {

    public boolean iAmHost() {
        return club.myRole() == Role.HOST;
    }
}

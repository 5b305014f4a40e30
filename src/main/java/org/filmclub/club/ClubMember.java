package org.filmclub.club;

import java.time.Instant;

public record ClubMember(long memberId, String username, String displayName, Role role, Instant joinedAt) {}

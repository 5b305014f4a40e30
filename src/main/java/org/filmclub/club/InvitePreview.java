package org.filmclub.club;

/** What an invite link shows before it is used. */
public record InvitePreview(String clubName, String slug, boolean alreadyMember) {}

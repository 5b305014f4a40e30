package org.filmclub.club;

/** A club as the current member sees it in lists. */
public record ClubSummary(long id, String slug, String name, Role myRole) {}

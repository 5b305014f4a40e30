package org.filmclub.film;

import java.time.Instant;

/** One entry in an essay's history. {@code restoredFrom} is set when a revision brought back an older one. */
public record RevisionInfo(int number, String editor, Instant savedAt, Integer restoredFrom, boolean current) {}

package org.filmclub.rating;

/** Something about a film's ratings changed; its open pages are redrawn soon, together with other changes. */
record RatingsChanged(long filmId, long clubId) {}

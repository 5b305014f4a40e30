package org.filmclub.poll;

/** Something in a date poll changed; its open pages are redrawn soon, together with other changes. */
record DatesAnswered(long pollId, long clubId) {}

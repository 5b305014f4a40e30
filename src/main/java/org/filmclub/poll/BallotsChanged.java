package org.filmclub.poll;

/** A poll's ballots changed, or it closed: its open pages are due a redraw. */
record BallotsChanged(long pollId) {}

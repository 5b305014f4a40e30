package org.filmclub.screening;

/** A member's answer to a screening. WAITLIST is what "going" becomes when every seat is taken. */
public enum Answer {
    GOING,
    MAYBE,
    NOT_GOING,
    WAITLIST
}

package org.filmclub.poll;

/** Open for answers; closed with one of its times made a screening; or closed without one. */
public enum DatePollStatus {
    OPEN,
    SCHEDULED,
    CLOSED
}

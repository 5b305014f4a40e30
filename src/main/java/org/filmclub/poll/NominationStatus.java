package org.filmclub.poll;

/** Where a nomination stands: on the club's list, or taken off it by its author or a host. */
public enum NominationStatus {
    OPEN,
    WITHDRAWN,
    ARCHIVED
}

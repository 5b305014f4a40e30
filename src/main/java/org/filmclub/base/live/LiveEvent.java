package org.filmclub.base.live;

/**
 * Something that happened which open screens should show at once. Implementations are immutable
 * records holding only plain values (never entities), as they cross threads and sessions.
 */
public interface LiveEvent {

    /** Who listens: for example {@code film:42} or {@code member:7}. */
    String topic();
}

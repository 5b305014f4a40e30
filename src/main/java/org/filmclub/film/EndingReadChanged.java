package org.filmclub.film;

import org.filmclub.base.live.LiveEvent;

/**
 * Something changed which essays on the ending one member reads unfolded on a film, such as their progress through
 * it: that member's open pages of the film read its essays afresh. Published on the film's live topic.
 */
public interface EndingReadChanged extends LiveEvent {

    long filmId();

    long memberId();
}

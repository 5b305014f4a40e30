package org.filmclub.screening;

import org.filmclub.base.live.LiveEvent;

/** A host played, paused or moved a screening's film clock; every screen in the room takes the new anchor. */
public record FilmClockMoved(FilmClock clock) implements LiveEvent {

    public static String topic(long screeningId) {
        return "screening-clock:" + screeningId;
    }

    @Override
    public String topic() {
        return topic(clock.screeningId());
    }
}

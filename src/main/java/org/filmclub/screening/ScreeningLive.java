package org.filmclub.screening;

import org.filmclub.base.live.LiveEvent;

/** A host started or ended a screening; every member of the club online sees "live now" come and go. */
public record ScreeningLive(long clubId, long screeningId, String clubSlug, String filmTitle, boolean live)
        implements LiveEvent {

    public static String topic(long clubId) {
        return "club:" + clubId;
    }

    @Override
    public String topic() {
        return topic(clubId);
    }
}

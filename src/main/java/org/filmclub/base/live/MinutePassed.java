package org.filmclub.base.live;

import java.time.Instant;

/** The clock moved on a minute: screens that say "5 min ago" write it anew. Each node ticks for itself. */
public record MinutePassed(Instant now) implements LiveEvent {

    public static final String TOPIC = "clock:minute";

    @Override
    public String topic() {
        return TOPIC;
    }
}

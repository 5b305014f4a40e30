package org.filmclub.poll;

import org.filmclub.base.live.LiveEvent;

/** A date poll after one or more changes; sent at most every few hundred milliseconds per poll. */
public record DatePollChanged(DateTable table) implements LiveEvent {

    @Override
    public String topic() {
        return DateTable.topic(table.pollId());
    }
}

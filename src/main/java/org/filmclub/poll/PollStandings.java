package org.filmclub.poll;

import org.filmclub.base.live.LiveEvent;

/**
 * A poll's standings after one or more ballots, or its close; sent at most every few hundred
 * milliseconds per poll. {@code standings} is null while a sealed poll is open.
 */
public record PollStandings(long pollId, int ballots, RunoffResult standings, boolean closed) implements LiveEvent {

    @Override
    public String topic() {
        return PollPage.liveTopic(pollId);
    }
}

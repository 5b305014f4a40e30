package org.filmclub.poll;

import java.time.Instant;

/** A poll in the club's list: open ones with their closing time, closed ones with their winner. */
public record PollSummary(
        long id,
        String title,
        boolean sealed,
        boolean open,
        Instant closesAt,
        int ballots,
        boolean votedByMe,
        String winner) {}

package org.filmclub.poll;

import java.time.Instant;

/**
 * A closed poll's count as stored at close: every round, the winner (null when nobody voted) and the
 * club film it became, and how many ballots of members who had left were not counted.
 */
public record PollResult(
        Instant closedAt, RunoffResult count, Long winnerId, Long winnerFilmId, int counted, int leftUncounted) {

    /** "3 ballots of members who left were not counted.", or empty when there were none. */
    public String leftNote() {
        if (leftUncounted == 0) {
            return "";
        }
        return leftUncounted == 1
                ? "1 ballot of a member who left was not counted."
                : leftUncounted + " ballots of members who left were not counted.";
    }
}

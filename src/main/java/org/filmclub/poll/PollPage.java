package org.filmclub.poll;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A poll as one member sees it: its choices, their own ballot, the standings while it is open (none
 * when sealed), and after the close the stored result.
 *
 * @param ballots ballots cast so far, by anyone still a member
 * @param standings the count as it would stand now; null when sealed or closed
 * @param result null until the poll is closed and counted
 */
public record PollPage(
        long id,
        long clubId,
        String slug,
        String title,
        boolean sealed,
        Instant closesAt,
        ZoneId openedIn,
        boolean open,
        List<PollChoice> choices,
        List<Long> myBallot,
        int ballots,
        RunoffResult standings,
        PollResult result,
        boolean host) {

    public static final String TIE_BREAK = InstantRunoff.TIE_BREAK;

    public PollChoice choice(long id) {
        return choices.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    public static String liveTopic(long pollId) {
        return "poll:" + pollId;
    }
}

package org.filmclub.question;

import java.time.Instant;
import java.util.Set;
import org.filmclub.watch.Moment;

/**
 * One question as a board shows it. {@code voters} are the club's current members who voted;
 * {@code author} is blank when the question is anonymous and the viewer may not know who asked;
 * {@code moment} is the film time it is about, if its author anchored it to one.
 */
public record QuestionCard(
        long id,
        String text,
        long authorId,
        String author,
        boolean anonymous,
        String quote,
        QuestionStatus status,
        String hiddenReason,
        boolean pinned,
        Set<Long> voters,
        Instant askedAt,
        Moment moment) {

    public int votes() {
        return voters.size();
    }

    public boolean votedBy(long memberId) {
        return voters.contains(memberId);
    }

    /** Whether this member may see it all, hidden or anonymous: its author and the hosts may. */
    public boolean seenInFullBy(long memberId, boolean host) {
        return Question.seenInFull(authorId, memberId, host);
    }

    public boolean takesVotes() {
        return status.takesVotes();
    }
}

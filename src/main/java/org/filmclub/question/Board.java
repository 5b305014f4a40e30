package org.filmclub.question;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A film's question board at one moment, the same for every screen; each screen shows it through
 * {@link #seenBy}, which applies who may see what.
 *
 * @param readAt when the read's transaction began by the database's clock, one clock for every node,
 *               so a screen can drop a snapshot older than the one it shows, which can arrive late
 *               when reads overlap
 */
public record Board(long filmId, List<QuestionCard> questions, Instant readAt) {

    public boolean isOlderThan(Board other) {
        return other != null && readAt.isBefore(other.readAt);
    }


    /** Most votes first, ties oldest first; the pinned question always on top. */
    public static final Comparator<QuestionCard> BY_VOTES = Comparator.comparing(QuestionCard::pinned).reversed()
            .thenComparing(Comparator.comparingInt(QuestionCard::votes).reversed())
            .thenComparing(QuestionCard::askedAt).thenComparing(QuestionCard::id);
    /** Newest first; the pinned question always on top. */
    public static final Comparator<QuestionCard> NEWEST = Comparator.comparing(QuestionCard::pinned).reversed()
            .thenComparing(Comparator.comparing(QuestionCard::askedAt).reversed())
            .thenComparing(Comparator.comparing(QuestionCard::id).reversed());

    public Optional<QuestionCard> discussing() {
        return questions.stream().filter(q -> q.status() == QuestionStatus.DISCUSSING).findFirst();
    }

    public List<QuestionCard> open(Comparator<QuestionCard> order) {
        return questions.stream().filter(q -> q.status() == QuestionStatus.OPEN).sorted(order).toList();
    }

    public List<QuestionCard> answered() {
        return questions.stream().filter(q -> q.status() == QuestionStatus.ANSWERED)
                .sorted(Comparator.comparing(QuestionCard::askedAt)).toList();
    }

    /** Hidden questions, newest first. */
    public List<QuestionCard> hidden() {
        return questions.stream().filter(q -> q.status() == QuestionStatus.HIDDEN)
                .sorted(NEWEST).toList();
    }

    /**
     * The board as one member may see it: a hidden question only by its author and the hosts, the
     * author of an anonymous question only by themself and the hosts.
     */
    public Board seenBy(long memberId, boolean host) {
        return new Board(filmId, questions.stream()
                .filter(q -> q.status() != QuestionStatus.HIDDEN || host || q.authorId() == memberId)
                .map(q -> !q.anonymous() || host || q.authorId() == memberId ? q
                        : new QuestionCard(q.id(), q.text(), 0, "", true, q.quote(), q.status(), q.hiddenReason(),
                                q.pinned(), q.voters(), q.askedAt()))
                .toList(), readAt);
    }
}

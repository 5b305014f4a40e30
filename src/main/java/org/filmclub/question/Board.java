package org.filmclub.question;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.filmclub.watch.Gate;

/**
 * A film's question board at one moment, the same for every screen; each screen shows it through
 * {@link #seenBy}, which applies who may see what.
 *
 * @param readAt when the read's transaction began by the database's clock, one clock for every node,
 *               so a screen can drop a snapshot older than the one it shows, which can arrive late
 *               when reads overlap
 * @param members who was in the club when it was read; a screen of anyone else is shown an empty board
 * @param hosts   who was a host then; only they see hidden questions and who asked anonymous ones
 */
public record Board(long filmId, List<QuestionCard> questions, Instant readAt, Set<Long> members, Set<Long> hosts) {

    public boolean isOlderThan(Board other) {
        return other != null && readAt.isBefore(other.readAt);
    }

    /** Most votes first, ties oldest first; the pinned question always on top. */
    public static final Comparator<QuestionCard> BY_VOTES = Comparator.comparing(QuestionCard::pinned)
            .reversed()
            .thenComparing(Comparator.comparingInt(QuestionCard::votes).reversed())
            .thenComparing(QuestionCard::askedAt)
            .thenComparing(QuestionCard::id);
    /** Newest first; the pinned question always on top. */
    public static final Comparator<QuestionCard> NEWEST = Comparator.comparing(QuestionCard::pinned)
            .reversed()
            .thenComparing(Comparator.comparing(QuestionCard::askedAt).reversed())
            .thenComparing(Comparator.comparing(QuestionCard::id).reversed());

    public Optional<QuestionCard> discussing() {
        return questions.stream()
                .filter(q -> q.status() == QuestionStatus.DISCUSSING)
                .findFirst();
    }

    public List<QuestionCard> open(Comparator<QuestionCard> order) {
        return questions.stream()
                .filter(q -> q.status() == QuestionStatus.OPEN)
                .sorted(order)
                .toList();
    }

    public List<QuestionCard> answered() {
        return questions.stream()
                .filter(q -> q.status() == QuestionStatus.ANSWERED)
                .sorted(Comparator.comparing(QuestionCard::askedAt))
                .toList();
    }

    /** Hidden questions, newest first. */
    public List<QuestionCard> hidden() {
        return questions.stream()
                .filter(q -> q.status() == QuestionStatus.HIDDEN)
                .sorted(NEWEST)
                .toList();
    }

    /** Whether the member was a host of the club when the board was read. */
    public boolean hostIs(long memberId) {
        return hosts.contains(memberId);
    }

    /**
     * The board without the questions a member's progress through the film keeps from them (see {@link Gate});
     * applied after {@link #seenBy}.
     */
    public Board gatedBy(Gate gate) {
        if (!gate.holdsAnything()) {
            return this;
        }
        return new Board(
                filmId,
                questions.stream()
                        .filter(q -> gate.shows(q.moment(), q.authorId()))
                        .toList(),
                readAt,
                members,
                hosts);
    }

    /**
     * The board as one member may see it, by their role when it was read, not when their screen opened: a
     * hidden question only by its author and the hosts, the author of an anonymous question only by themself
     * and the hosts, and nothing at all by someone no longer in the club.
     */
    public Board seenBy(long memberId) {
        // A screen keeps the board it was shown for as long as it is open: it keeps the viewer's own roles, never
        // the whole club's, which would be a copy of every member's id on every open page.
        if (!members.contains(memberId)) {
            return new Board(filmId, List.of(), readAt, Set.of(), Set.of());
        }
        var host = hostIs(memberId);
        return new Board(
                filmId,
                questions.stream()
                        .filter(q -> q.status() != QuestionStatus.HIDDEN || q.seenInFullBy(memberId, host))
                        .map(q -> !q.anonymous() || q.seenInFullBy(memberId, host)
                                ? q
                                : new QuestionCard(
                                        q.id(),
                                        q.text(),
                                        0,
                                        "",
                                        true,
                                        q.quote(),
                                        q.status(),
                                        q.hiddenReason(),
                                        q.pinned(),
                                        q.voters(),
                                        q.askedAt(),
                                        q.moment()))
                        .toList(),
                readAt,
                Set.of(memberId),
                host ? Set.of(memberId) : Set.of());
    }
}

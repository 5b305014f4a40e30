package org.filmclub.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubMembership;
import org.filmclub.watch.Moment;

@Entity
@Table(name = "questions")
class Question extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long filmId;

    @Column(nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Column(updatable = false)
    private String quote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionStatus status;

    private String hiddenReason;
    private Long mergedInto;

    @Column(nullable = false)
    private boolean pinned;

    private Instant answeredAt;

    @Column(nullable = false, updatable = false)
    private String clientKey;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** The film time it is about, in milliseconds; none for the film as a whole. */
    @Column(updatable = false)
    private Long momentMs;

    protected Question() {}

    Question(
            long filmId,
            long authorId,
            String text,
            boolean anonymous,
            String quote,
            String clientKey,
            Instant createdAt,
            Moment moment) {
        this.momentMs = moment == null ? null : moment.millis();
        this.filmId = filmId;
        this.authorId = authorId;
        this.text = text;
        this.anonymous = anonymous;
        this.quote = quote;
        this.clientKey = clientKey;
        this.createdAt = createdAt;
        this.status = QuestionStatus.OPEN;
    }

    long filmId() {
        return filmId;
    }

    long authorId() {
        return authorId;
    }

    String text() {
        return text;
    }

    boolean anonymous() {
        return anonymous;
    }

    String quote() {
        return quote;
    }

    QuestionStatus status() {
        return status;
    }

    String hiddenReason() {
        return hiddenReason;
    }

    boolean pinned() {
        return pinned;
    }

    Instant createdAt() {
        return createdAt;
    }

    Moment moment() {
        return momentMs == null ? null : Moment.ofMillis(momentMs);
    }

    /** Whether this member sees all of it, hidden or anonymous: its author and the club's hosts do. */
    boolean seenInFullBy(ClubMembership membership) {
        return seenInFull(authorId, membership.memberId(), membership.isHost());
    }

    /** The one rule for what a question keeps from other members: not from its author, nor from a host. */
    static boolean seenInFull(long authorId, long memberId, boolean host) {
        return host || authorId == memberId;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    /** Refuses a vote, or taking one back, unless the question is open or being discussed. */
    void requireTakesVotes() {
        if (!status.takesVotes()) {
            throw new NotPermittedException(
                    switch (status) {
                        case ANSWERED -> "This question was answered; it takes no more votes.";
                        case MERGED -> "This question was merged into another; vote for that one.";
                        default -> "This question was hidden by a host; it takes no votes.";
                    });
        }
    }

    /** The club talks about this one now; an open question only. */
    void discuss() {
        if (!status.takesVotes()) {
            throw new NotPermittedException("Only an open question can be discussed now.");
        }
        status = QuestionStatus.DISCUSSING;
    }

    /** Another question is discussed now, and this one goes back to the open list. */
    void stopDiscussing() {
        if (status == QuestionStatus.DISCUSSING) {
            status = QuestionStatus.OPEN;
        }
    }

    /** An answered question leaves the open list, takes no more votes and is no longer pinned. */
    void markAnswered(Instant at) {
        if (!status.takesVotes()) {
            throw new NotPermittedException("Only an open question can be marked answered.");
        }
        status = QuestionStatus.ANSWERED;
        answeredAt = at;
        pinned = false;
    }

    void reopen() {
        if (status != QuestionStatus.ANSWERED && status != QuestionStatus.HIDDEN) {
            throw new NotPermittedException("Only an answered or hidden question can be reopened.");
        }
        status = QuestionStatus.OPEN;
    }

    /** Hidden from the club; its author still sees it, with the reason. */
    void hide(String reason) {
        if (status == QuestionStatus.MERGED) {
            throw new NotPermittedException("That question was merged into another.");
        }
        status = QuestionStatus.HIDDEN;
        hiddenReason = reason;
        pinned = false;
    }

    /**
     * Folds this duplicate into an open question of the same board, which takes over its being
     * discussed and its pin. Moving the votes is the caller's part.
     */
    void mergeInto(Question target) {
        if (equals(target) || filmId != target.filmId) {
            throw new NotPermittedException("A question can only be merged into another question on the same board.");
        }
        if (status == QuestionStatus.MERGED || !target.status.takesVotes()) {
            throw new NotPermittedException("A question can only be merged into an open one.");
        }
        if (status == QuestionStatus.DISCUSSING) {
            target.status = QuestionStatus.DISCUSSING;
        }
        if (pinned) {
            target.pinned = true;
        }
        status = QuestionStatus.MERGED;
        mergedInto = target.getId();
        pinned = false;
    }

    /** Pinned to the top of the board; an open question only. */
    void pin() {
        if (!status.takesVotes()) {
            throw new NotPermittedException("Only an open question can be pinned.");
        }
        pinned = true;
    }

    void unpin() {
        pinned = false;
    }
}

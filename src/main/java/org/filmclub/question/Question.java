package org.filmclub.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

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

    protected Question() {}

    Question(
            long filmId,
            long authorId,
            String text,
            boolean anonymous,
            String quote,
            String clientKey,
            Instant createdAt) {
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

    void moveTo(QuestionStatus status) {
        this.status = status;
    }

    void answer(Instant at) {
        this.status = QuestionStatus.ANSWERED;
        this.answeredAt = at;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    void hide(String reason) {
        this.status = QuestionStatus.HIDDEN;
        this.hiddenReason = reason;
        this.pinned = false;
    }

    void mergeInto(long target) {
        this.status = QuestionStatus.MERGED;
        this.mergedInto = target;
        this.pinned = false;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }
}
